package dev.docket;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A read-only view of a stored job, as the admin model, the HTTP API and the dashboard show it.
 * Arguments, result and progress are JSON text.
 */
public record Job(
        String id,
        String type,
        String queue,
        int priority,
        JobState state,
        String argsJson,
        Map<String, String> meta,
        int attempt,
        int maxAttempts,
        String uniqueKey,
        Instant createdAt,
        Instant scheduledAt,
        Instant startedAt,
        Instant finishedAt,
        List<JobError> errors,
        String resultJson,
        String progressJson,
        Lease lease) {

    /**
     * The lease a running job is held under.
     *
     * @param attempt the attempt holding it (the fencing token)
     * @param expiresAt when it lapses unless renewed
     * @param worker the process or external worker holding it
     * @param cancelRequested whether the holder has been asked to stop
     */
    public record Lease(int attempt, Instant expiresAt, String worker, boolean cancelRequested) {
    }
}
