package dev.docket.internal.maintenance;

import dev.docket.spi.JobStore;
import dev.docket.spi.StageParams;
import dev.docket.spi.StageResult;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/** Makes scheduled and retryable jobs available once their time has come, and wakes their queues. */
public final class DueJobStager implements MaintenanceTask {
    private static final int BATCH = 1000;

    private final JobStore store;
    private final Clock clock;
    private final Duration interval;
    private final Consumer<String> wake;

    public DueJobStager(JobStore store, Clock clock, Duration interval, Consumer<String> wake) {
        this.store = store;
        this.clock = clock;
        this.interval = interval;
        this.wake = wake;
    }

    @Override
    public String name() {
        return "stage due jobs";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public int runOnce() {
        int total = 0;
        StageResult r;
        do {
            r = store.stageDue(new StageParams(BATCH, clock.instant()));
            total += r.count();
            r.queues().forEach(wake);
        } while (r.count() == BATCH);
        return total;
    }
}
