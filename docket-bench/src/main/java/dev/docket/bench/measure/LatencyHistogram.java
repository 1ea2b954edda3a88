package dev.docket.bench.measure;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Latencies in fixed buckets, recorded without locks from any thread: exact below 100 µs, then
 * buckets 1 % wide up to about an hour. A percentile is read as its bucket's upper edge, so it is
 * at most 1 % high; the maximum is exact.
 */
public final class LatencyHistogram {
    private static final int LINEAR = 100;
    private static final double GROWTH = Math.log(1.01);
    private static final int BUCKETS = LINEAR + 1 + (int) Math.ceil(Math.log(3_600_000_000.0 / LINEAR) / GROWTH);

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong maxNanos = new AtomicLong();

    /** Records one latency (negative values count as zero). */
    public void record(long nanos) {
        long value = Math.max(0, nanos);
        counts.incrementAndGet(bucket(value / 1000));
        total.incrementAndGet();
        maxNanos.accumulateAndGet(value, Math::max);
    }

    public long count() {
        return total.get();
    }

    /** The latency below which {@code percent} of the recorded ones fall, in ms; {@code NaN} when empty. */
    public double percentileMs(double percent) {
        long n = total.get();
        if (n == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * n));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.min(upperMicros(i) / 1000.0, maxMs());
            }
        }
        return maxMs();
    }

    /** The largest recorded latency in ms; {@code NaN} when empty. */
    public double maxMs() {
        return total.get() == 0 ? Double.NaN : maxNanos.get() / 1_000_000.0;
    }

    static int bucket(long micros) {
        if (micros < LINEAR) {
            return (int) micros;
        }
        int i = LINEAR + 1 + (int) (Math.log((double) micros / LINEAR) / GROWTH);
        return Math.min(i, BUCKETS - 1);
    }

    static double upperMicros(int bucket) {
        if (bucket < LINEAR) {
            return bucket + 1;
        }
        return LINEAR * Math.exp((bucket - LINEAR) * GROWTH);
    }
}
