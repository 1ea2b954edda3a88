package dev.docket.reliability.support;

import dev.docket.JobState;
import dev.docket.spi.StateCount;
import dev.docket.spi.Store;
import java.util.EnumMap;
import java.util.Map;

/** Counts of jobs per state in a store, for waiting on a run to drain. */
public final class Progress {
    private Progress() {
    }

    /** Jobs per state (states without jobs are absent). */
    public static Map<JobState, Long> counts(Store store) {
        Map<JobState, Long> out = new EnumMap<>(JobState.class);
        for (StateCount c : store.queries().countByQueueAndState()) {
            out.merge(c.state(), c.count(), Long::sum);
        }
        return out;
    }

    /** Jobs not yet finished: scheduled, available, running or retryable. */
    public static long unfinished(Store store) {
        return counts(store).entrySet().stream().filter(e -> JobState.UNFINISHED.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Jobs in {@code state}. */
    public static long count(Store store, JobState state) {
        return counts(store).getOrDefault(state, 0L);
    }
}
