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
 * While jobs finish fast (a run deleted a full batch or more) it comes back every
 * {@link #BUSY_EVERY} instead, so it deletes a second's worth at a time rather than a burst of
 * many seconds' worth that would hold up the workers' own writes.
 */
public final class JobPruner implements MaintenanceTask {
    static final int BATCH = 5000;
    static final int MAX_BATCHES_PER_RUN = 10;
    static final Duration BUSY_EVERY = Duration.ofSeconds(1);

    private final JobStore store;
    private final Clock clock;
    private final Duration interval;
    private final Duration succeeded;
    private final Duration dead;
    private final Duration cancelled;
    private volatile Duration next;

    public JobPruner(JobStore store, Clock clock, Duration interval, Duration succeeded, Duration dead,
                     Duration cancelled) {
        this.store = store;
        this.clock = clock;
        this.interval = interval;
        this.succeeded = succeeded;
        this.dead = dead;
        this.cancelled = cancelled;
        this.next = interval;
    }

    @Override
    public String name() {
        return "prune finished jobs";
    }

    /**
     * None while the last run left expired jobs behind, {@link #BUSY_EVERY} (at most the configured
     * interval) after a run that deleted a full batch or more, else the configured interval.
     */
    @Override
    public Duration interval() {
        return next;
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
        if (full) {
            next = Duration.ZERO;
        } else if (total >= BATCH && BUSY_EVERY.compareTo(interval) < 0) {
            next = BUSY_EVERY;
        } else {
            next = interval;
        }
        return total;
    }
}
