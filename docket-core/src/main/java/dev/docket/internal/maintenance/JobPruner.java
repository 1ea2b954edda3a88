package dev.docket.internal.maintenance;

import dev.docket.spi.JobStore;
import dev.docket.spi.PruneParams;
import java.time.Clock;
import java.time.Duration;

/** Deletes finished jobs past their retention, in bounded batches, so the job table stays small. */
public final class JobPruner implements MaintenanceTask {
    private static final int BATCH = 5000;
    private static final int MAX_BATCHES_PER_RUN = 20;

    private final JobStore store;
    private final Clock clock;
    private final Duration interval;
    private final Duration succeeded;
    private final Duration dead;
    private final Duration cancelled;

    public JobPruner(JobStore store, Clock clock, Duration interval, Duration succeeded, Duration dead,
                     Duration cancelled) {
        this.store = store;
        this.clock = clock;
        this.interval = interval;
        this.succeeded = succeeded;
        this.dead = dead;
        this.cancelled = cancelled;
    }

    @Override
    public String name() {
        return "prune finished jobs";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public int runOnce() {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            int n = store.prune(new PruneParams(succeeded, dead, cancelled, BATCH, clock.instant()));
            total += n;
            if (n < BATCH) {
                break;
            }
        }
        return total;
    }
}
