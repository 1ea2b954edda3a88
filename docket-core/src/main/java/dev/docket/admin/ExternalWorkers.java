package dev.docket.admin;

import java.util.List;

/**
 * The protocol for workers outside this process, e.g. in another language over HTTP: fetch jobs
 * under a lease, then complete, fail or heartbeat them, each fenced by the attempt.
 */
public interface ExternalWorkers {
    /**
     * Claims up to {@code max} jobs of the asked queues whose type has no handler in this process
     * (or of the asked types), waiting up to the request's wait for some to become available.
     */
    List<LeasedJob> fetch(FetchRequest request) throws InterruptedException;

    /** Records success of {@code attempt}; {@link Reply.Status#STALE} when it no longer holds the job. */
    Reply complete(String id, int attempt, String resultJson);

    /** Records failure of {@code attempt}: retryable or dead per the job's policy (or dead if not {@code retry}). */
    Reply fail(String id, int attempt, String message, String stack, boolean retry);

    /** Extends {@code attempt}'s lease; {@link Reply.Status#CANCELLED} tells the worker to stop. */
    Reply heartbeat(String id, int attempt, java.time.Duration lease, String progressJson);

    /**
     * The answer to complete, fail or heartbeat.
     *
     * @param status what happened
     * @param job the job afterwards, when found
     * @param expiresAt the lease's new expiry (heartbeat only)
     */
    record Reply(Status status, dev.docket.Job job, java.time.Instant expiresAt) {
        /** What happened. */
        public enum Status {
            /** Recorded. */
            OK,
            /** No such job. */
            NOT_FOUND,
            /** That attempt no longer holds the job. */
            STALE,
            /** The job was cancelled: the worker must stop (heartbeat only). */
            CANCELLED
        }
    }
}
