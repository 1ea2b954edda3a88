package dev.docket.internal.maintenance;

import dev.docket.StoreException;
import dev.docket.internal.support.RateLimitedLog;
import dev.docket.internal.support.Threads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the maintenance duties on one thread while this process leads {@code maintenance}: the
 * elector is ticked every {@code electEvery}; each duty runs at its own interval, and all of them
 * at once when leadership is gained.
 */
public final class MaintenanceRunner {
    private static final Logger log = LoggerFactory.getLogger(MaintenanceRunner.class);

    private final Elector elector;
    private final List<MaintenanceTask> tasks;
    private final Clock clock;
    private final Duration tick;
    private final Duration electEvery;
    private final Map<MaintenanceTask, Instant> lastRun = new HashMap<>();
    private final RateLimitedLog failures;
    private ScheduledExecutorService thread;
    private Instant lastElection = Instant.MIN;
    private boolean wasLeader;

    public MaintenanceRunner(Elector elector, List<MaintenanceTask> tasks, Clock clock, Duration tick, Duration electEvery) {
        this.elector = elector;
        this.tasks = List.copyOf(tasks);
        this.clock = clock;
        this.tick = tick;
        this.electEvery = electEvery;
        this.failures = new RateLimitedLog(log, clock, Duration.ofSeconds(30));
    }

    public synchronized void start() {
        if (thread == null) {
            thread = Executors.newSingleThreadScheduledExecutor(Threads.daemonFactory("docket-maintenance"));
            thread.scheduleWithFixedDelay(this::tick, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            try {
                thread.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
            elector.resign();
        }
    }

    /** One round: elect if due, then run the duties that are due. */
    void tick() {
        Instant now = clock.instant();
        if (!now.isBefore(lastElection.plus(electEvery))) {
            elector.tick();
            lastElection = now;
        }
        boolean leader = elector.isLeader();
        if (leader && !wasLeader) {
            lastRun.clear();
        }
        wasLeader = leader;
        if (!leader) {
            return;
        }
        for (MaintenanceTask task : tasks) {
            Instant last = lastRun.get(task);
            if (last != null && now.isBefore(last.plus(task.interval()))) {
                continue;
            }
            lastRun.put(task, now);
            try {
                task.runOnce();
                failures.reset();
            } catch (StoreException e) {
                failures.warn("maintenance duty '" + task.name() + "' failed", e);
            } catch (RuntimeException e) {
                log.error("maintenance duty '{}' failed", task.name(), e);
            }
        }
    }
}
