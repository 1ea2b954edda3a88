package dev.docket.spi;

import dev.docket.JobState;

/**
 * A job taken from a lost worker.
 *
 * @param id the job's id
 * @param queue its queue
 * @param type its type
 * @param attempt the attempt that was lost
 * @param state where it went: available, dead or cancelled
 */
public record RescuedJob(long id, String queue, String type, int attempt, JobState state) {
}
