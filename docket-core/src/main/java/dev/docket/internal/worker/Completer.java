package dev.docket.internal.worker;

import dev.docket.JobEvent;
import dev.docket.StoreException;
import dev.docket.internal.support.Backoffs;
import dev.docket.internal.support.Events;
import dev.docket.internal.support.RateLimitedLog;
import dev.docket.spi.JobStore;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.Outcome;
import dev.docket.spi.OutcomeParams;
import dev.docket.spi.OutcomeResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes attempt outcomes to the store in batches: whatever has arrived while the previous write
 * ran goes out in the next one, and writes start at least {@link #GATHER_MS} ms apart while
 * outcomes keep coming, so under load one transaction records hundreds of outcomes and at rest
 * each is written at once. A failed write is retried (the attempts' leases keep being renewed
 * meanwhile). Events are told after the store has recorded an outcome.
 */
public final class Completer {
    private static final Logger log = LoggerFactory.getLogger(Completer.class);
    /** The least time between the starts of two writes while outcomes keep coming. */
    static final long GATHER_MS = 2;
    private static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(GATHER_MS);

    private final JobStore store;
    private final Clock clock;
    private final RunningJobs running;
    private final Events events;
    private final int batchMax;
    private final boolean keepSucceeded;
    private final LinkedBlockingQueue<PendingOutcome> queue = new LinkedBlockingQueue<>();
    private final RateLimitedLog failures;
    private volatile boolean stopping;
    private volatile Instant giveUpAt;
    private Thread thread;

    /**
     * @param keepSucceeded whether succeeded jobs stay in the store until pruned; {@code false}
     *     (a zero succeeded retention) has each deleted by the write that records its success
     */
    public Completer(JobStore store, Clock clock, RunningJobs running, Events events, int batchMax,
                     boolean keepSucceeded) {
        this.store = store;
        this.keepSucceeded = keepSucceeded;
        this.clock = clock;
        this.running = running;
        this.events = events;
        this.batchMax = batchMax;
        this.failures = new RateLimitedLog(log, clock, Duration.ofSeconds(30));
    }

    void submit(PendingOutcome outcome) {
        running.outcomeSubmitted(outcome.running());
        queue.add(outcome);
    }

    /** Starts the writer thread. */
    public synchronized void start() {
        if (thread == null) {
            thread = new Thread(this::loop, "docket-completer");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Writes what is pending, then stops; gives up on a failing store after {@code patience}. */
    public void stop(Duration patience) {
        Thread t;
        synchronized (this) {
            t = thread;
            giveUpAt = clock.instant().plus(patience);
            stopping = true;
        }
        if (t != null) {
            try {
                t.join(Math.max(1, patience.toMillis() + 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Writes everything pending on the calling thread (for manual runs); returns how many outcomes. */
    public int flush() {
        int n = 0;
        List<PendingOutcome> batch = new ArrayList<>();
        while (queue.drainTo(batch, batchMax) > 0) {
            write(batch);
            n += batch.size();
            batch.clear();
        }
        return n;
    }

    /** How many outcomes wait to be written. */
    public int pending() {
        return queue.size();
    }

    private void loop() {
        List<PendingOutcome> batch = new ArrayList<>();
        long lastWrite = System.nanoTime() - GATHER_NANOS;
        while (!(stopping && queue.isEmpty())) {
            try {
                PendingOutcome first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                long gather = lastWrite + GATHER_NANOS - System.nanoTime();
                if (gather > 0 && !stopping && queue.size() < batchMax - 1) {
                    LockSupport.parkNanos(this, gather);
                }
                batch.add(first);
                queue.drainTo(batch, batchMax - 1);
                lastWrite = System.nanoTime();
                write(batch);
            } catch (InterruptedException e) {
                if (stopping) {
                    break;
                }
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<PendingOutcome> batch) {
        Map<LeaseRef, PendingOutcome> byLease = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (PendingOutcome p : batch) {
            byLease.put(p.outcome().lease(), p);
            outcomes.add(p.outcome());
        }
        OutcomeResult result = null;
        for (int attempt = 1; result == null; attempt++) {
            try {
                result = store.recordOutcomes(new OutcomeParams(outcomes, clock.instant(), keepSucceeded));
                failures.reset();
            } catch (StoreException e) {
                failures.warn("could not record " + outcomes.size() + " job outcome(s); retrying", e);
                if (stopping && giveUpAt != null && clock.instant().isAfter(giveUpAt)) {
                    log.error("giving up on {} job outcome(s) at shutdown; their leases will lapse and the"
                            + " jobs will run again", outcomes.size());
                    batch.forEach(p -> running.remove(p.running()));
                    return;
                }
                if (!pause(Backoffs.afterFailures(attempt, Duration.ofSeconds(5)))) {
                    return;
                }
            }
        }
        boolean tell = !events.isEmpty();
        for (Outcome o : result.applied()) {
            PendingOutcome p = byLease.get(o.lease());
            running.remove(p.running());
            if (tell) {
                events.emit(JobRunner.event(kindOf(o), p.running().job(), clock.instant(), p.runTime(), null,
                        p.error()));
            }
        }
        for (Outcome o : result.rejected()) {
            PendingOutcome p = byLease.get(o.lease());
            running.remove(p.running());
            log.warn("outcome of job {} attempt {} was rejected: the attempt no longer holds the job",
                    o.lease().id(), o.lease().attempt());
            if (tell) {
                events.emit(JobRunner.event(JobEvent.Kind.LEASE_LOST, p.running().job(), clock.instant(), p.runTime(),
                        null, p.error()));
            }
        }
    }

    private boolean pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The event kind an outcome is told as; {@code null} (nothing to record) reads as a lost lease. */
    static JobEvent.Kind kindOf(Outcome o) {
        if (o == null) {
            return JobEvent.Kind.LEASE_LOST;
        }
        if (o instanceof Outcome.Succeeded) {
            return JobEvent.Kind.SUCCEEDED;
        }
        if (o instanceof Outcome.Cancelled) {
            return JobEvent.Kind.CANCELLED;
        }
        return ((Outcome.Failed) o).dead() ? JobEvent.Kind.DEAD : JobEvent.Kind.FAILED;
    }
}
