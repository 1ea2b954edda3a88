package dev.docket.spi;

import dev.docket.JobError;
import dev.docket.JobState;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored job as the store hands it out. Built with {@link #builder()}.
 *
 * @param id the job's id
 * @param type the type name
 * @param queue the queue
 * @param priority 0–9
 * @param state the current state
 * @param argsJson the arguments as JSON text
 * @param meta the metadata
 * @param attempt how many times it has been started (the running attempt's number)
 * @param maxAttempts the most attempts
 * @param uniqueKey its unique key, or {@code null}
 * @param createdAt when it was inserted
 * @param runAt when it is or was due
 * @param attemptedAt when the latest attempt started, or {@code null}
 * @param finishedAt when it finished, or {@code null}
 * @param leaseExpiresAt when a running job's lease lapses, or {@code null}
 * @param worker who holds a running job, or {@code null}
 * @param cancelRequested whether a running job has been asked to stop
 * @param lostCount how many attempts were lost with their worker
 * @param timeoutMs per-attempt timeout, or {@code null}
 * @param backoffInitialMs per-job backoff start, or {@code null}
 * @param backoffMaxMs per-job backoff cap, or {@code null}
 * @param resultJson the result of a succeeded job, or {@code null}
 * @param progressJson the latest progress, or {@code null}
 * @param errors the errors of failed attempts, oldest first (may be empty when not loaded)
 */
public record JobRecord(
        long id,
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
        Instant runAt,
        Instant attemptedAt,
        Instant finishedAt,
        Instant leaseExpiresAt,
        String worker,
        boolean cancelRequested,
        int lostCount,
        Long timeoutMs,
        Long backoffInitialMs,
        Long backoffMaxMs,
        String resultJson,
        String progressJson,
        List<JobError> errors) {

    public JobRecord {
        meta = meta == null ? Map.of() : Map.copyOf(meta);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's fields. */
    public Builder toBuilder() {
        return new Builder().id(id).type(type).queue(queue).priority(priority).state(state)
                .argsJson(argsJson).meta(meta).attempt(attempt).maxAttempts(maxAttempts)
                .uniqueKey(uniqueKey).createdAt(createdAt).runAt(runAt).attemptedAt(attemptedAt)
                .finishedAt(finishedAt).leaseExpiresAt(leaseExpiresAt).worker(worker)
                .cancelRequested(cancelRequested).lostCount(lostCount).timeoutMs(timeoutMs)
                .backoffInitialMs(backoffInitialMs).backoffMaxMs(backoffMaxMs).resultJson(resultJson)
                .progressJson(progressJson).errors(errors);
    }

    /** Builds {@link JobRecord}s field by field. */
    public static final class Builder {
        private long id;
        private String type;
        private String queue;
        private int priority;
        private JobState state;
        private String argsJson;
        private Map<String, String> meta;
        private int attempt;
        private int maxAttempts;
        private String uniqueKey;
        private Instant createdAt;
        private Instant runAt;
        private Instant attemptedAt;
        private Instant finishedAt;
        private Instant leaseExpiresAt;
        private String worker;
        private boolean cancelRequested;
        private int lostCount;
        private Long timeoutMs;
        private Long backoffInitialMs;
        private Long backoffMaxMs;
        private String resultJson;
        private String progressJson;
        private List<JobError> errors;

        public Builder id(long v) { id = v; return this; }
        public Builder type(String v) { type = v; return this; }
        public Builder queue(String v) { queue = v; return this; }
        public Builder priority(int v) { priority = v; return this; }
        public Builder state(JobState v) { state = v; return this; }
        public Builder argsJson(String v) { argsJson = v; return this; }
        public Builder meta(Map<String, String> v) { meta = v; return this; }
        public Builder attempt(int v) { attempt = v; return this; }
        public Builder maxAttempts(int v) { maxAttempts = v; return this; }
        public Builder uniqueKey(String v) { uniqueKey = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder runAt(Instant v) { runAt = v; return this; }
        public Builder attemptedAt(Instant v) { attemptedAt = v; return this; }
        public Builder finishedAt(Instant v) { finishedAt = v; return this; }
        public Builder leaseExpiresAt(Instant v) { leaseExpiresAt = v; return this; }
        public Builder worker(String v) { worker = v; return this; }
        public Builder cancelRequested(boolean v) { cancelRequested = v; return this; }
        public Builder lostCount(int v) { lostCount = v; return this; }
        public Builder timeoutMs(Long v) { timeoutMs = v; return this; }
        public Builder backoffInitialMs(Long v) { backoffInitialMs = v; return this; }
        public Builder backoffMaxMs(Long v) { backoffMaxMs = v; return this; }
        public Builder resultJson(String v) { resultJson = v; return this; }
        public Builder progressJson(String v) { progressJson = v; return this; }
        public Builder errors(List<JobError> v) { errors = v; return this; }

        public JobRecord build() {
            return new JobRecord(id, type, queue, priority, state, argsJson, meta, attempt, maxAttempts,
                    uniqueKey, createdAt, runAt, attemptedAt, finishedAt, leaseExpiresAt, worker,
                    cancelRequested, lostCount, timeoutMs, backoffInitialMs, backoffMaxMs, resultJson,
                    progressJson, errors);
        }
    }
}
