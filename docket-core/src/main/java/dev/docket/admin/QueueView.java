package dev.docket.admin;

import dev.docket.JobState;
import java.time.Duration;
import java.util.Map;

/**
 * A queue as the admin model shows it.
 *
 * @param name the queue
 * @param paused whether it is paused cluster-wide
 * @param counts jobs per state (every state present, zero included)
 * @param concurrency the sum of the concurrency registered for it by live processes
 * @param latency how long its oldest available job has been due ({@link Duration#ZERO} if none)
 */
public record QueueView(String name, boolean paused, Map<JobState, Long> counts, int concurrency, Duration latency) {
    public QueueView {
        counts = Map.copyOf(counts);
    }
}
