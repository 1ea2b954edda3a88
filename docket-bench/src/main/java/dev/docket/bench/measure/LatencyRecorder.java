package dev.docket.bench.measure;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Latencies for a whole run and for the current sampling interval at once: each value goes to both;
 * {@link #takeInterval()} hands over the interval's histogram and starts a new one.
 */
public final class LatencyRecorder {
    private final AtomicReference<LatencyHistogram> interval = new AtomicReference<>(new LatencyHistogram());
    private volatile LatencyHistogram total = new LatencyHistogram();

    public void record(long nanos) {
        total.record(nanos);
        interval.get().record(nanos);
    }

    /** The latencies since the last call (or the start). */
    public LatencyHistogram takeInterval() {
        return interval.getAndSet(new LatencyHistogram());
    }

    /** Everything since the start or the last {@link #reset()}. */
    public LatencyHistogram total() {
        return total;
    }

    /** Forgets everything recorded so far (the end of a warm-up). */
    public void reset() {
        total = new LatencyHistogram();
        interval.set(new LatencyHistogram());
    }
}
