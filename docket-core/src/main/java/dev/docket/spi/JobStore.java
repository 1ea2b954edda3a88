package dev.docket.spi;

import java.util.List;

/** The job lifecycle verbs the runtime uses on its hot path and for maintenance. */
public interface JobStore {
    /**
     * Stores new jobs in one transaction, all or nothing. A job whose unique key an unfinished job
     * already holds is not stored: its result points at the holder, marked duplicate. Jobs whose
     * run time is in the future are {@code scheduled}, the rest {@code available}. Wakes idle
     * workers of the affected queues (a store may debounce that).
     *
     * @return one result per job, in order
     */
    List<InsertResult> insert(InsertParams params);

    /**
     * Claims up to {@code limit} available jobs of unpaused queues, first by priority, then run time,
     * then id: each becomes {@code running} with its attempt incremented and a lease until
     * now + lease. Two concurrent claims never return the same job.
     */
    List<JobRecord> claim(ClaimParams params);

    /**
     * Records the outcomes of finished attempts in one transaction. Each applies only if its job is
     * still {@code running} under that attempt; the others are returned as rejected.
     */
    OutcomeResult recordOutcomes(OutcomeParams params);

    /**
     * Extends the leases of running attempts (and stores their progress). Returns those still held;
     * a lease missing from the result was lost (the job was rescued, finished or deleted).
     */
    List<RenewedLease> renewLeases(RenewParams params);

    /**
     * Hands running attempts back at once ({@code available}, or {@code cancelled} when a cancel was
     * requested), without counting a worker loss; used at shutdown.
     *
     * @return how many were handed back
     */
    int release(ReleaseParams params);

    /** Moves {@code scheduled} and {@code retryable} jobs whose time has come to {@code available}. */
    StageResult stageDue(StageParams params);

    /**
     * Rescues running jobs whose lease expired: each loss is counted and recorded as an error; the job
     * becomes {@code available} again, or {@code dead} once it has been lost {@code maxLosses} times
     * or is out of attempts, or {@code cancelled} if a cancel was requested.
     */
    List<RescuedJob> rescueExpired(RescueParams params);

    /**
     * Deletes finished jobs older than their state's retention.
     *
     * @return how many were deleted
     */
    int prune(PruneParams params);
}
