package dev.docket;

/**
 * What an enqueue returned: the job's id and whether an unfinished job already held the unique key
 * (then {@code id} is that job's and nothing new was stored).
 *
 * @param id the job's id
 * @param state the job's state right after the enqueue
 * @param duplicate true when the unique key was already held
 */
public record Enqueued(String id, JobState state, boolean duplicate) {
}
