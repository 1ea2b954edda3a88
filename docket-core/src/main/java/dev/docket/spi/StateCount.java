package dev.docket.spi;

import dev.docket.JobState;

/**
 * How many jobs a queue has in a state.
 *
 * @param queue the queue
 * @param state the state
 * @param count how many
 */
public record StateCount(String queue, JobState state, long count) {
}
