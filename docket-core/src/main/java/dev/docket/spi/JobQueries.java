package dev.docket.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and operator actions, for the admin model (dashboard, HTTP API, CLI). */
public interface JobQueries {
    /** The job with its errors, if it exists. */
    Optional<JobRecord> find(long id);

    /** Jobs matching the filter, newest first (by id), with their errors. */
    List<JobRecord> list(ListParams params);

    /** How many jobs each queue has in each state (only non-zero counts). */
    List<StateCount> countByQueueAndState();

    /** For each queue with available jobs, how long its oldest available job has been due. */
    Map<String, Duration> queueLatency(Instant now);

    /** Jobs finished per minute and end state since {@code now - window}, oldest minute first. */
    List<MinuteCount> finishedPerMinute(Duration window, Instant now);

    /** Moves a dead, cancelled or retryable job (or a scheduled one) to available now. */
    Change retry(long id, Instant now);

    /**
     * Cancels a job: one not yet running becomes {@code cancelled}; a running one is marked
     * cancel-requested (its worker stops it and records {@code cancelled}).
     */
    Change cancel(long id, Instant now);

    /** Deletes a job that is not running. */
    Change delete(long id);

    /** {@link #retry} for every match (up to {@code limit}); returns how many moved. */
    int retryMatching(JobFilter filter, int limit, Instant now);

    /** {@link #delete} for every match that is not running (up to {@code limit}); returns how many. */
    int deleteMatching(JobFilter filter, int limit);
}
