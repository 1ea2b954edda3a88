package dev.docket.reliability.support;

import dev.docket.Docket;
import dev.docket.Enqueued;
import dev.docket.JobRequest;
import dev.docket.reliability.ledger.LedgerWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;

/**
 * Enqueues jobs on its own thread, in batches, at up to a given rate, until it has enqueued
 * {@code total} or is stopped; records every acknowledged id in the enqueue ledger. A batch that
 * throws was not acknowledged: the failure is counted and written, and the load goes on.
 */
public final class Load implements AutoCloseable {
    private final Docket producer;
    private final LedgerWriter acks;
    private final LongFunction<JobRequest> job;
    private final long total;
    private final int batch;
    private final double perSecond;
    private final BooleanSupplier gate;
    private final AtomicLong acked = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong lastRefusedAt = new AtomicLong();
    private final AtomicLong lastAckedAt = new AtomicLong();
    private volatile boolean stopping;
    private Thread thread;

    /**
     * @param job the n-th job to enqueue
     * @param perSecond the most jobs per second, or 0 for as fast as the store takes them
     * @param gate asked before each batch; while false the load waits (e.g. to bound a backlog)
     */
    public Load(Docket producer, LedgerWriter acks, LongFunction<JobRequest> job, long total, int batch,
                double perSecond, BooleanSupplier gate) {
        this.producer = producer;
        this.acks = acks;
        this.job = job;
        this.total = total;
        this.batch = batch;
        this.perSecond = perSecond;
        this.gate = gate;
    }

    public Load start() {
        thread = new Thread(this::run, "load");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void run() {
        long startNanos = System.nanoTime();
        long n = 0;
        while (!stopping && n < total) {
            if (!gate.getAsBoolean()) {
                Await.pause(20);
                continue;
            }
            if (perSecond > 0) {
                long dueNanos = startNanos + (long) (n / perSecond * 1e9);
                long wait = dueNanos - System.nanoTime();
                if (wait > 0) {
                    Await.pause(Math.max(1, wait / 1_000_000));
                }
            }
            int size = (int) Math.min(batch, total - n);
            List<JobRequest> requests = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                requests.add(job.apply(n + i));
            }
            try {
                for (Enqueued e : producer.enqueueAll(requests)) {
                    acks.acked(e.id());
                }
                acked.addAndGet(size);
                lastAckedAt.set(System.currentTimeMillis());
                n += size;
            } catch (RuntimeException e) {
                refused.addAndGet(size);
                lastRefusedAt.set(System.currentTimeMillis());
                acks.refused(size, e.getClass().getSimpleName() + ": " + e.getMessage());
                Await.pause(100);
            }
        }
    }

    /** Whether it enqueued everything it was asked to. */
    public boolean finished() {
        return acked.get() >= total;
    }

    public long acked() {
        return acked.get();
    }

    /** Jobs in batches that failed loudly (an exception, no acknowledgement). */
    public long refused() {
        return refused.get();
    }

    public long lastRefusedAt() {
        return lastRefusedAt.get();
    }

    public long lastAckedAt() {
        return lastAckedAt.get();
    }

    @Override
    public void close() {
        stopping = true;
        if (thread != null) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
