package dev.docket.spi;

import java.time.Instant;

/**
 * A queue's cluster-wide state.
 *
 * @param name the queue
 * @param paused whether it hands out no jobs
 * @param updatedAt when it was last paused or resumed
 */
public record QueueRecord(String name, boolean paused, Instant updatedAt) {
}
