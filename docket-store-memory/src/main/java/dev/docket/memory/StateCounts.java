package dev.docket.memory;

import dev.docket.JobState;
import dev.docket.spi.StateCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Running totals of jobs per queue and state, kept as jobs move, so counting never scans. */
final class StateCounts {
    private static final JobState[] STATES = JobState.values();

    private final Map<String, long[]> byQueue = new HashMap<>();

    void add(MemJob job) {
        byQueue.computeIfAbsent(job.queue, q -> new long[STATES.length])[job.state.ordinal()]++;
    }

    void remove(MemJob job) {
        long[] counts = byQueue.get(job.queue);
        counts[job.state.ordinal()]--;
    }

    /** The non-zero counts. */
    List<StateCount> snapshot() {
        List<StateCount> out = new ArrayList<>();
        byQueue.forEach((queue, counts) -> {
            for (JobState s : STATES) {
                if (counts[s.ordinal()] > 0) {
                    out.add(new StateCount(queue, s, counts[s.ordinal()]));
                }
            }
        });
        return out;
    }
}
