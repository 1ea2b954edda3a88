package dev.docket.internal.worker;

import dev.docket.StoreException;
import dev.docket.internal.support.RateLimitedLog;
import dev.docket.spi.ProcessRecord;
import dev.docket.spi.ProcessStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps this process's row in the process registry fresh, and removes it at shutdown. */
public final class ProcessHeartbeat {
    private static final Logger log = LoggerFactory.getLogger(ProcessHeartbeat.class);

    private final ProcessStore store;
    private final Clock clock;
    private final ProcessIdentity identity;
    private final Map<String, Integer> queues;
    private final IntSupplier runningJobs;
    private final RateLimitedLog failures;

    public ProcessHeartbeat(ProcessStore store, Clock clock, ProcessIdentity identity, Map<String, Integer> queues,
                            IntSupplier runningJobs) {
        this.store = store;
        this.clock = clock;
        this.identity = identity;
        this.queues = Map.copyOf(queues);
        this.runningJobs = runningJobs;
        this.failures = new RateLimitedLog(log, clock, Duration.ofMinutes(1));
    }

    /** Reports this process as alive. */
    public void tick() {
        Instant now = clock.instant();
        try {
            store.heartbeat(new ProcessRecord(identity.id(), identity.name(), identity.host(), identity.pid(),
                    identity.startedAt(), now, queues, runningJobs.getAsInt(), identity.version()), now);
            failures.reset();
        } catch (StoreException e) {
            failures.warn("could not report this process's heartbeat", e);
        }
    }

    /** Removes this process from the registry. */
    public void remove() {
        try {
            store.remove(identity.id());
        } catch (StoreException e) {
            log.warn("could not remove this process from the registry: {}", e.getMessage());
        }
    }
}
