package dev.docket.admin;

import dev.docket.JobState;
import java.util.Map;

/**
 * A summary of the whole store.
 *
 * @param counts jobs per state (every state present, zero included)
 * @param processedLastMinute jobs that finished in the last minute
 * @param succeededLastMinute of those, how many succeeded
 * @param deadLastMinute of those, how many went dead
 * @param queues how many queues are known
 * @param processes how many Docket processes are registered
 */
public record Stats(
        Map<JobState, Long> counts,
        long processedLastMinute,
        long succeededLastMinute,
        long deadLastMinute,
        int queues,
        int processes) {

    public Stats {
        counts = Map.copyOf(counts);
    }
}
