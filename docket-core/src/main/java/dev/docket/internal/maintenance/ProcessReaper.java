package dev.docket.internal.maintenance;

import dev.docket.spi.ProcessStore;
import java.time.Clock;
import java.time.Duration;

/** Removes processes that stopped reporting (their jobs are rescued separately, by lease). */
public final class ProcessReaper implements MaintenanceTask {
    private final ProcessStore store;
    private final Clock clock;
    private final Duration interval;
    private final Duration staleAfter;

    public ProcessReaper(ProcessStore store, Clock clock, Duration interval, Duration staleAfter) {
        this.store = store;
        this.clock = clock;
        this.interval = interval;
        this.staleAfter = staleAfter;
    }

    @Override
    public String name() {
        return "remove stale processes";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public int runOnce() {
        return store.reap(staleAfter, clock.instant());
    }
}
