package dev.docket.internal.maintenance;

import dev.docket.JobState;
import dev.docket.spi.JobStore;
import dev.docket.spi.RescueParams;
import dev.docket.spi.RescuedJob;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes back jobs whose worker stopped renewing their lease (killed, frozen, cut off): each goes
 * back to available with the loss counted, or dead after too many losses.
 */
public final class LeaseRescuer implements MaintenanceTask {
    private static final Logger log = LoggerFactory.getLogger(LeaseRescuer.class);
    private static final int BATCH = 1000;

    private final JobStore store;
    private final Clock clock;
    private final Duration interval;
    private final int maxLosses;
    private final Consumer<String> wake;

    public LeaseRescuer(JobStore store, Clock clock, Duration interval, int maxLosses, Consumer<String> wake) {
        this.store = store;
        this.clock = clock;
        this.interval = interval;
        this.maxLosses = maxLosses;
        this.wake = wake;
    }

    @Override
    public String name() {
        return "rescue expired leases";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public int runOnce() {
        int total = 0;
        List<RescuedJob> rescued;
        do {
            rescued = store.rescueExpired(new RescueParams(maxLosses, BATCH, clock.instant()));
            for (RescuedJob j : rescued) {
                if (j.state() == JobState.AVAILABLE) {
                    wake.accept(j.queue());
                }
                log.warn("rescued job {} ({}) from a lost worker after attempt {}: now {}", j.id(), j.type(),
                        j.attempt(), j.state().wireName());
            }
            total += rescued.size();
        } while (rescued.size() == BATCH);
        return total;
    }
}
