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
 * its poll interval. While jobs are waiting but few slots are free, it gathers slots for up to
 * {@link #GATHER_MS} ms (or until half a batch is free) so that short jobs are claimed in batches
 * rather than one round trip per freed slot. Store failures are logged and retried with a growing
 * pause; the loop never dies.
 */
public final class QueueWorker {
    private static final Logger log = LoggerFactory.getLogger(QueueWorker.class);
    /** Outcomes that may wait for their write before claims pause (see {@link #outcomesBehind()}). */
    static final int OUTCOME_BACKLOG_MIN = 1_000;
    /** The longest a claim waits for more slots to free up while fewer than {@link #enoughSlots} are free. */
    static final long GATHER_MS = 2;

    /** What a queue worker needs from the runtime. */
    public record Setup(JobStore store, Clock clock, RunningJobs running, JobRunner runner, Executor executor,
                        Set<String> onlyTypes, Duration lease, Duration pollInterval, int batchMax, String worker,
                        Signal idle, int maxLosses) {
    }

    private final String queue;
    private final int concurrency;
    /** Free slots worth a claim without gathering: half of the most one claim can take. */
    private final int enoughSlots;
    private final Setup setup;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Signal signal = new Signal();
    private final RateLimitedLog failures;
    private final SuspectIsolation isolation;
    private volatile boolean maybeMore = true;
    private volatile boolean running;
    private Thread thread;

    public QueueWorker(String queue, int concurrency, Setup setup) {
        this.queue = queue;
        this.concurrency = concurrency;
        this.enoughSlots = Math.max(1, Math.min(concurrency, setup.batchMax()) / 2);
        this.setup = setup;
        this.failures = new RateLimitedLog(log, setup.clock(), Duration.ofSeconds(30));
        this.isolation = new SuspectIsolation(setup.maxLosses());
        // claims wait while a suspect runs; its end may leave handed-back jobs to claim
        setup.running().onNoSuspects(this::wake);
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
        SuspectIsolation.Split split = isolation.split(claimed, setup.running()::anySuspect);
        if (!split.handBack().isEmpty()) {
            handBack(split.handBack(), now);
        }
        List<JobRecord> jobs = split.run();
        Instant validUntil = now.plus(setup.lease());
        for (JobRecord job : jobs) {
            RunningJob rj = new RunningJob(job, validUntil, isolation.suspect(job));
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

    /** Gives jobs back unrun, before the suspect kept from their claim starts (see {@link SuspectIsolation}). */
    private void handBack(List<JobRecord> jobs, Instant now) {
        List<LeaseRef> leases = jobs.stream().map(j -> new LeaseRef(j.id(), j.attempt())).toList();
        try {
            int n = setup.store().release(new ReleaseParams(leases, now));
            log.info("handed back {} of {} job(s) claimed with a job one loss short of dead, to run it apart", n,
                    leases.size());
        } catch (StoreException e) {
            log.warn("could not hand back {} job(s) kept apart from a job lost with its worker before; they will"
                    + " run once their leases lapse: {}", leases.size(), e.getMessage());
        }
    }

    /**
     * Wakes the loop only when it may be waiting for this slot: while it believes there is more to
     * claim, at the first free slot (it starts gathering) and when enough are free to claim at once.
     * Wakes the pool's stop only when this queue has nothing running.
     */
    private void slotFreed() {
        int left = inFlight.decrementAndGet();
        int free = concurrency - left;
        if (maybeMore && (free == 1 || free == enoughSlots)) {
            signal.fire();
        }
        if (left == 0) {
            setup.idle().fire();
        }
    }

    /**
     * Whether more finished jobs wait for their outcome's write than {@link #OUTCOME_BACKLOG_MIN} or
     * this queue's concurrency. A finished job frees its slot at once but keeps its lease until the
     * completer has written it; if claims went on while the writes fall behind, those jobs would
     * pile up without bound, and renewing all their leases would slow the writes further. So claims
     * wait (checking every {@link #GATHER_MS} ms) until the completer catches up.
     */
    private boolean outcomesBehind() {
        return setup.running().awaitingWrite() > Math.max(concurrency, OUTCOME_BACKLOG_MIN);
    }

    private void loop() {
        int failuresInARow = 0;
        boolean gathered = false;
        Instant nextPoll = setup.clock().instant();
        while (running) {
            try {
                Instant now = setup.clock().instant();
                if (!now.isBefore(nextPoll)) {
                    maybeMore = true;
                    nextPoll = now.plus(setup.pollInterval());
                }
                // while a suspect runs here, claim nothing: it may halt this process any moment, and
                // whatever a claim took meanwhile would be lost with it
                int free = concurrency - inFlight.get();
                if (maybeMore && free > 0 && outcomesBehind()) {
                    signal.awaitMillis(GATHER_MS);
                    continue;
                }
                if (!maybeMore || free <= 0 || setup.running().anySuspect()) {
                    long waitMs = Math.max(1, Duration.between(now, nextPoll).toMillis());
                    signal.awaitMillis(waitMs);
                    continue;
                }
                if (free < enoughSlots && !gathered) {
                    gathered = true;
                    signal.awaitMillis(GATHER_MS);
                    continue;
                }
                gathered = false;
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
