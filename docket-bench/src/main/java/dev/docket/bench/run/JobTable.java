package dev.docket.bench.run;

import dev.docket.Docket;
import dev.docket.JobState;
import dev.docket.admin.QueueView;
import dev.docket.spi.StoreDiagnostics;

/** What the admin API says about the job table: its rows, and its dead row versions where the store knows. */
final class JobTable {
    private JobTable() {
    }

    /** Jobs in the store, every queue and state. */
    static long rows(Docket docket) {
        long n = 0;
        for (QueueView q : docket.admin().queues()) {
            n += q.counts().values().stream().mapToLong(Long::longValue).sum();
        }
        return n;
    }

    /** Jobs of the bench queue in {@code state}. */
    static long inState(Docket docket, JobState state) {
        return docket.admin().queues().stream()
                .filter(q -> q.name().equals(BenchJob.QUEUE))
                .mapToLong(q -> q.counts().getOrDefault(state, 0L))
                .sum();
    }

    /** Dead row versions not yet vacuumed, or -1 when the store cannot tell. */
    static long deadRows(Docket docket) {
        StoreDiagnostics d = docket.admin().storeDiagnostics();
        return d.deadJobRows();
    }
}
