package dev.docket.bench.run;

import dev.docket.Docket;
import dev.docket.JobRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Enqueues at a fixed rate from one thread: at most once a tick it enqueues the jobs due by then
 * (rate times elapsed time, minus those sent) in one {@link Docket#enqueueAll} call (at most
 * {@link #MAX_BATCH}), each stamped with the time of that call. So batches are about rate × tick jobs;
 * at low rates the producer waits for the next job to fall due, and sends single jobs. A call that
 * takes longer than a tick is followed at once by the next, whose larger batch makes up the rate; a
 * tick of zero makes every call follow the last at once. A failed enqueue is counted, and its jobs
 * are sent with the next batch.
 */
final class RatedProducer {
    static final int MAX_BATCH = 1000;

    private final Docket docket;
    private final double perNano;
    private final long tickNanos;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean running;
    private volatile RuntimeException lastFailure;
    private Thread thread;

    RatedProducer(Docket docket, int perSecond, Duration tick) {
        this.docket = docket;
        this.perNano = perSecond / 1e9;
        this.tickNanos = tick.toNanos();
    }

    synchronized void start() {
        if (thread == null) {
            running = true;
            thread = new Thread(this::loop, "bench-producer");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Stops enqueueing and waits for the thread to end. */
    void stop() throws InterruptedException {
        running = false;
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.join();
        }
    }

    /** Jobs enqueued so far. */
    long sent() {
        return sent.get();
    }

    /** Enqueue calls that failed. */
    long failures() {
        return failures.get();
    }

    RuntimeException lastFailure() {
        return lastFailure;
    }

    private void loop() {
        long start = System.nanoTime();
        List<JobRequest> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            long callAt = System.nanoTime();
            long due = (long) ((callAt - start) * perNano) - sent.get();
            if (due <= 0) {
                Pause.until(start + (long) Math.ceil((sent.get() + 1) / perNano), () -> running);
                continue;
            }
            batch.clear();
            BenchJob stamp = BenchJob.now();
            for (int i = 0, n = (int) Math.min(due, MAX_BATCH); i < n; i++) {
                batch.add(JobRequest.of(BenchJob.TYPE, stamp));
            }
            try {
                docket.enqueueAll(batch);
                sent.addAndGet(batch.size());
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                lastFailure = e;
            }
            Pause.until(callAt + tickNanos, () -> running);
        }
    }
}
