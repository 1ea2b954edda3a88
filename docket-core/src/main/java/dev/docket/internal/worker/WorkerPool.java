package dev.docket.internal.worker;

import dev.docket.StoreException;
import dev.docket.internal.support.Deadline;
import dev.docket.internal.support.Signal;
import dev.docket.internal.support.Threads;
import dev.docket.spi.JobStore;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.ReleaseParams;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's workers: the queue workers, the handler threads, the completer and the one timer
 * that renews leases, checks deadlines and reports the process heartbeat. Stops gracefully: no more
 * claims, running attempts get the grace period, the rest are handed back at once.
 */
public final class WorkerPool {
    private static final Logger log = LoggerFactory.getLogger(WorkerPool.class);
    private static final Duration WATCHDOG_TICK = Duration.ofMillis(100);

    private final JobStore store;
    private final Clock clock;
    private final RunningJobs running;
    private final Completer completer;
    private final LeaseKeeper leases;
    private final Watchdog watchdog;
    private final ProcessHeartbeat heartbeat;
    private final Duration heartbeatInterval;
    private final ExecutorService handlers;
    private final Map<String, QueueWorker> queues = new LinkedHashMap<>();
    private final Signal idle;
    private ScheduledExecutorService timer;
    private boolean started;

    public WorkerPool(JobStore store, Clock clock, RunningJobs running, Completer completer, LeaseKeeper leases,
                      Watchdog watchdog, ProcessHeartbeat heartbeat, Duration heartbeatInterval,
                      ExecutorService handlers, Collection<QueueWorker> workers, Signal idle) {
        this.store = store;
        this.clock = clock;
        this.running = running;
        this.completer = completer;
        this.leases = leases;
        this.watchdog = watchdog;
        this.heartbeat = heartbeat;
        this.heartbeatInterval = heartbeatInterval;
        this.handlers = handlers;
        this.idle = idle;
        workers.forEach(w -> queues.put(w.queue(), w));
    }

    /** Starts everything. Idempotent. */
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        heartbeat.tick();
        completer.start();
        timer = Executors.newSingleThreadScheduledExecutor(Threads.daemonFactory("docket-timer"));
        long hb = Math.max(1, heartbeatInterval.toMillis());
        timer.scheduleWithFixedDelay(safely(leases::tick, "lease renewal"), hb, hb, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(safely(heartbeat::tick, "process heartbeat"), hb, hb, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(safely(watchdog::tick, "deadline check"), WATCHDOG_TICK.toMillis(),
                WATCHDOG_TICK.toMillis(), TimeUnit.MILLISECONDS);
        queues.values().forEach(QueueWorker::start);
    }

    /** Wakes the worker of {@code queue}, if this process works it. */
    public void wake(String queue) {
        QueueWorker w = queues.get(queue);
        if (w != null) {
            w.wake();
        }
    }

    /** Wakes every queue worker. */
    public void wakeAll() {
        queues.values().forEach(QueueWorker::wake);
    }

    public Collection<QueueWorker> queueWorkers() {
        return queues.values();
    }

    /**
     * Stops gracefully: claims stop, running attempts may finish within {@code grace}, the rest are
     * interrupted and handed back at once, and pending outcomes are written.
     */
    public synchronized void stop(Duration grace) {
        if (!started) {
            return;
        }
        started = false;
        queues.values().forEach(QueueWorker::stop);
        Deadline deadline = Deadline.after(grace);
        while (running.handlersRunning() > 0 && !deadline.passed()) {
            try {
                idle.await(deadline.remaining());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        handBack();
        completer.stop(Duration.ofSeconds(10));
        timer.shutdownNow();
        handlers.shutdownNow();
        heartbeat.remove();
    }

    private void handBack() {
        List<LeaseRef> leftovers = new ArrayList<>();
        for (RunningJob j : running.all()) {
            if (!j.handlerDone() && !j.isOutcomeSubmitted()) {
                j.stop(StopReason.SHUTDOWN);
                leftovers.add(j.lease());
                running.remove(j);
            }
        }
        if (leftovers.isEmpty()) {
            return;
        }
        try {
            int n = store.release(new ReleaseParams(leftovers, clock.instant()));
            log.info("handed {} unfinished job(s) back to the queue at shutdown", n);
        } catch (StoreException e) {
            log.warn("could not hand {} unfinished job(s) back at shutdown; they will run again once their"
                    + " leases lapse: {}", leftovers.size(), e.getMessage());
        }
    }

    private static Runnable safely(Runnable task, String what) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("{} failed", what, e);
            }
        };
    }
}
