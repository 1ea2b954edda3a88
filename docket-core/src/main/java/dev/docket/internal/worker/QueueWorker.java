package dev.docket.internal.worker;

import dev.docket.StoreException;
import dev.docket.internal.support.Backoffs;
import dev.docket.internal.support.RateLimitedLog;
import dev.docket.internal.support.Signal;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.JobRecord;
import dev.docket.spi.JobStore;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.ReleaseParams;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works one queue in this process: claims as many jobs as it has free slots (one claim per batch),
 * hands each to the {@link JobRunner} on the executor, and claims again at once while batches come
 * back full. When the queue looks empty it waits for a wake-up (a notification, a local enqueue) or
 * its poll interval. Store failures are logged and retried with a growing pause; the loop never dies.
 */
public final class QueueWorker {
    private static final Logger log = LoggerFactory.getLogger(QueueWorker.class);

    /** What a queue worker needs from the runtime. */
    public record Setup(JobStore store, Clock clock, RunningJobs running, JobRunner runner, Executor executor,
                        Set<String> onlyTypes, Duration lease, Duration pollInterval, int batchMax, String worker,
                        Signal idle) {
    }

    private final String queue;
    private final int concurrency;
    private final Setup setup;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Signal signal = new Signal();
    private final RateLimitedLog failures;
    private volatile boolean maybeMore = true;
    private volatile boolean running;
    private volatile Instant claimAgainAt = Instant.MIN;
    private Thread thread;

    public QueueWorker(String queue, int concurrency, Setup setup) {
        this.queue = queue;
        this.concurrency = concurrency;
        this.setup = setup;
        this.failures = new RateLimitedLog(log, setup.clock(), Duration.ofSeconds(30));
    }

    public String queue() {
        return queue;
    }

    public int concurrency() {
        return concurrency;
    }

    /** Jobs of this queue being run right now. */
    public int inFlight() {
        return inFlight.get();
    }

    /** Starts the claim loop. */
    public synchronized void start() {
        if (thread == null) {
            running = true;
            thread = new Thread(this::loop, "docket-queue-" + queue);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Stops claiming (running jobs go on); waits for the loop to end. */
    public void stop() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        signal.fire();
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Jobs may have become available on this queue: claim soon. */
    public void wake() {
        maybeMore = true;
        signal.fire();
    }

    /**
     * Claims once and submits what it got.
     *
     * @return how many jobs were claimed
     */
    public int claimOnce() {
        int free = concurrency - inFlight.get();
        if (free <= 0) {
            return 0;
        }
        int limit = Math.min(free, setup.batchMax());
        Instant now = setup.clock().instant();
        List<JobRecord> claimed = setup.store().claim(new ClaimParams(List.of(queue), setup.onlyTypes(), Set.of(), limit,
                setup.lease(), setup.worker(), now));
        if (claimed.size() == limit) {
            maybeMore = true;
        }
        SuspectIsolation.Split split = SuspectIsolation.split(claimed, suspectRunning());
        if (!split.handBack().isEmpty()) {
            handBack(split.handBack(), now);
        }
        List<JobRecord> jobs = split.run();
        Instant validUntil = now.plus(setup.lease());
        for (JobRecord job : jobs) {
            RunningJob rj = new RunningJob(job, validUntil);
            setup.running().add(rj);
            inFlight.incrementAndGet();
            try {
                setup.executor().execute(() -> {
                    try {
                        setup.runner().run(rj);
                    } finally {
                        slotFreed();
                    }
                });
            } catch (RejectedExecutionException e) {
                // shutting down: the job stays claimed and is handed back with the others
                inFlight.decrementAndGet();
                rj.stop(StopReason.SHUTDOWN);
            }
        }
        return jobs.size();
    }

    private boolean suspectRunning() {
        for (RunningJob j : setup.running().all()) {
            if (SuspectIsolation.suspect(j.job())) {
                return true;
            }
        }
        return false;
    }

    /** Gives jobs back unrun (see {@link SuspectIsolation}) and holds off claiming for a poll interval. */
    private void handBack(List<JobRecord> jobs, Instant now) {
        List<LeaseRef> leases = jobs.stream().map(j -> new LeaseRef(j.id(), j.attempt())).toList();
        claimAgainAt = now.plus(setup.pollInterval());
        try {
            setup.store().release(new ReleaseParams(leases, now));
        } catch (StoreException e) {
            log.warn("could not hand back {} job(s) kept apart from a job lost with its worker before; they will"
                    + " run once their leases lapse: {}", leases.size(), e.getMessage());
        }
    }

    private void slotFreed() {
        inFlight.decrementAndGet();
        signal.fire();
        setup.idle().fire();
    }

    private void loop() {
        int failuresInARow = 0;
        Instant nextPoll = setup.clock().instant();
        while (running) {
            try {
                Instant now = setup.clock().instant();
                if (!now.isBefore(nextPoll)) {
                    maybeMore = true;
                    nextPoll = now.plus(setup.pollInterval());
                }
                if (!maybeMore || inFlight.get() >= concurrency || now.isBefore(claimAgainAt)) {
                    Instant until = now.isBefore(claimAgainAt) && claimAgainAt.isBefore(nextPoll) ? claimAgainAt : nextPoll;
                    long waitMs = Math.max(1, Duration.between(now, until).toMillis());
                    signal.awaitMillis(waitMs);
                    continue;
                }
                maybeMore = false;
                claimOnce();
                failuresInARow = 0;
                failures.reset();
            } catch (StoreException e) {
                failuresInARow++;
                maybeMore = true;
                failures.warn("claiming from queue '" + queue + "' failed; retrying", e);
                pause(Backoffs.afterFailures(failuresInARow, Duration.ofSeconds(5)));
            } catch (InterruptedException e) {
                if (!running) {
                    break;
                }
            } catch (RuntimeException e) {
                log.error("unexpected error in the worker loop of queue '{}'", queue, e);
                pause(Duration.ofSeconds(1));
            }
        }
    }

    private void pause(Duration d) {
        try {
            signal.await(d);
        } catch (InterruptedException e) {
            // this loop's own thread: the running flag decides whether to go on
        }
    }
}
