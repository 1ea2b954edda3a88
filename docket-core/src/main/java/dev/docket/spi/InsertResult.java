package dev.docket.spi;

import dev.docket.JobState;

/**
 * The outcome of inserting one job.
 *
 * @param id the new job's id, or the holder's when {@code duplicate}
 * @param state the job's state
 * @param duplicate whether an unfinished job already held the unique key
 */
public record InsertResult(long id, JobState state, boolean duplicate) {
}
