package dev.docket.memory;

import dev.docket.JobState;
import dev.docket.spi.MinuteCount;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts finished jobs per UTC minute and end state, reading the finish-time indexes from the newest back. */
final class FinishedPerMinute {
    private FinishedPerMinute() {
    }

    static List<MinuteCount> count(Guard guard, JobTable table, Instant since) {
        Map<Instant, Map<JobState, Long>> byMinute = new TreeMap<>();
        guard.run("counting finished jobs", () -> {
            for (JobState state : JobState.FINISHED) {
                for (MemJob j : table.finished(state).tailWhile(at -> !at.isBefore(since))) {
                    byMinute.computeIfAbsent(j.finishedAt.truncatedTo(ChronoUnit.MINUTES),
                            m -> new EnumMap<>(JobState.class)).merge(state, 1L, Long::sum);
                }
            }
        });
        List<MinuteCount> out = new ArrayList<>();
        byMinute.forEach((minute, counts) -> counts.forEach((state, n) -> out.add(new MinuteCount(minute, state, n))));
        return out;
    }
}
