package dev.docket.memory;

import dev.docket.JobError;
import dev.docket.JobState;
import dev.docket.spi.JobRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One stored job: the mutable row behind {@link JobRecord}. Fields that an index orders by
 * (state, queue, priority, runAt, leaseExpiresAt, finishedAt, uniqueKey) change only inside
 * {@link JobTable#update}, which takes the row out of its indexes first and puts it back after.
 */
final class MemJob {
    /** By run time, then id: claim order within one priority, and the order due jobs are staged in. */
    static final Comparator<MemJob> BY_RUN_AT = (a, b) -> {
        int c = a.runAt.compareTo(b.runAt);
        return c != 0 ? c : Long.compare(a.id, b.id);
    };
    /** By lease expiry, then id: the order expired leases are rescued in. */
    static final Comparator<MemJob> BY_LEASE_EXPIRY = (a, b) -> {
        int c = a.leaseExpiresAt.compareTo(b.leaseExpiresAt);
        return c != 0 ? c : Long.compare(a.id, b.id);
    };
    /** By finish time, then id: the order finished jobs are pruned in. */
    static final Comparator<MemJob> BY_FINISHED_AT = (a, b) -> {
        int c = a.finishedAt.compareTo(b.finishedAt);
        return c != 0 ? c : Long.compare(a.id, b.id);
    };

    final long id;
    final String type;
    final String queue;
    final int priority;
    final String argsJson;
    final Map<String, String> meta;
    final String uniqueKey;
    final Instant createdAt;
    final Long timeoutMs;
    final Long backoffInitialMs;
    final Long backoffMaxMs;

    JobState state;
    int attempt;
    int maxAttempts;
    Instant runAt;
    Instant attemptedAt;
    Instant finishedAt;
    Instant leaseExpiresAt;
    String worker;
    boolean cancelRequested;
    int lostCount;
    String resultJson;
    String progressJson;
    /** Immutable; replaced on append, so records can share it without copying. */
    List<JobError> errors = List.of();

    MemJob(long id, String type, String queue, int priority, String argsJson, Map<String, String> meta,
            int maxAttempts, String uniqueKey, Instant createdAt, Instant runAt, Long timeoutMs,
            Long backoffInitialMs, Long backoffMaxMs, JobState state) {
        this.id = id;
        this.type = type;
        this.queue = queue;
        this.priority = priority;
        this.argsJson = argsJson;
        this.meta = meta;
        this.maxAttempts = maxAttempts;
        this.uniqueKey = uniqueKey;
        this.createdAt = createdAt;
        this.runAt = runAt;
        this.timeoutMs = timeoutMs;
        this.backoffInitialMs = backoffInitialMs;
        this.backoffMaxMs = backoffMaxMs;
        this.state = state;
    }

    /** Whether attempt {@code attemptNo} holds this job's lease. */
    boolean heldBy(int attemptNo) {
        return state == JobState.RUNNING && attempt == attemptNo;
    }

    /** Leaves {@code running}: the lease, its holder and any cancel request go. */
    void clearLease() {
        leaseExpiresAt = null;
        worker = null;
        cancelRequested = false;
    }

    /** Ends the job in {@code end} at {@code now}. */
    void finish(JobState end, Instant now) {
        state = end;
        finishedAt = now;
        clearLease();
    }

    void appendError(JobError error) {
        List<JobError> more = new ArrayList<>(errors.size() + 1);
        more.addAll(errors);
        more.add(error);
        errors = List.copyOf(more);
    }

    JobRecord toRecord() {
        return new JobRecord(id, type, queue, priority, state, argsJson, meta, attempt, maxAttempts, uniqueKey,
                createdAt, runAt, attemptedAt, finishedAt, leaseExpiresAt, worker, cancelRequested, lostCount,
                timeoutMs, backoffInitialMs, backoffMaxMs, resultJson, progressJson, errors);
    }
}
