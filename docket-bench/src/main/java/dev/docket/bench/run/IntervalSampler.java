package dev.docket.bench.run;

import dev.docket.Docket;
import dev.docket.bench.measure.CompletionCounter;
import dev.docket.bench.measure.LatencyHistogram;
import dev.docket.bench.measure.LatencyRecorder;
import dev.docket.bench.report.IntervalSample;
import java.util.function.LongSupplier;

/**
 * Takes the steady run's samples: at each call, what happened since the previous one (jobs
 * enqueued and finished per second, latency percentiles) and the job table's size now.
 */
final class IntervalSampler {
    private final Docket workers;
    private final LongSupplier enqueued;
    private final CompletionCounter counter;
    private final LatencyRecorder latency;
    private long startNanos;
    private long lastNanos;
    private long lastEnqueued;
    private long lastDone;

    IntervalSampler(Docket workers, LongSupplier enqueued, CompletionCounter counter, LatencyRecorder latency) {
        this.workers = workers;
        this.enqueued = enqueued;
        this.counter = counter;
        this.latency = latency;
    }

    /** Starts measuring: forgets the latencies so far (the warm-up) and starts the first interval. */
    void begin() {
        latency.reset();
        startNanos = System.nanoTime();
        lastNanos = startNanos;
        lastEnqueued = enqueued.getAsLong();
        lastDone = counter.succeeded().get();
    }

    long startNanos() {
        return startNanos;
    }

    /** The interval that ends now. */
    IntervalSample sample() {
        long now = System.nanoTime();
        long sent = enqueued.getAsLong();
        long done = counter.succeeded().get();
        LatencyHistogram h = latency.takeInterval();
        double seconds = Math.max(1e-9, (now - lastNanos) / 1e9);
        IntervalSample s = new IntervalSample((now - startNanos) / 1e9, (sent - lastEnqueued) / seconds,
                (done - lastDone) / seconds, h.percentileMs(50), h.percentileMs(99), h.maxMs(),
                JobTable.rows(workers), JobTable.deadRows(workers));
        lastNanos = now;
        lastEnqueued = sent;
        lastDone = done;
        return s;
    }
}
