package dev.docket.internal.maintenance;

import dev.docket.spi.JobStore;
import dev.docket.spi.PruneParams;
import java.time.Clock;
import java.time.Duration;

/**
 * Deletes finished jobs past their retention, in bounded batches, so the job table stays small.
 * A run takes at most {@link #MAX_BATCHES_PER_RUN} batches; while the last one came back full the
 * pruner is behind and runs again at the leader's next round instead of after its interval, so it
 * keeps up with any rate at which jobs finish without holding the maintenance thread for long.
 */
public final class JobPruner implements MaintenanceTask {
    static final int BATCH = 5000;
    static final int MAX_BATCHES_PER_RUN = 10;

    private final JobStore store;
    private final Clock clock;
    private final Duration interval;
    private final Duration succeeded;
    private final Duration dead;
    private final Duration cancelled;
    private volatile boolean behind;

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

    /** The configured interval, or none while the last run left expired jobs behind. */
    @Override
    public Duration interval() {
        return behind ? Duration.ZERO : interval;
    }

    @Override
    public int runOnce() {
        int total = 0;
        boolean full = false;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            int n = store.prune(new PruneParams(succeeded, dead, cancelled, BATCH, clock.instant()));
            total += n;
            full = n >= BATCH;
            if (!full) {
                break;
            }
        }
        behind = full;
        return total;
    }
}
