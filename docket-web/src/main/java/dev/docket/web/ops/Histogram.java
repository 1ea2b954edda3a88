package dev.docket.web.ops;

import java.time.Duration;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** A fixed-bucket histogram of durations in seconds, safe for concurrent updates. */
final class Histogram {
    /** Upper bounds in seconds: from 5 ms (quick jobs) to an hour (batch jobs). */
    static final double[] BOUNDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600};

    private final LongAdder[] buckets = new LongAdder[BOUNDS.length];
    private final LongAdder count = new LongAdder();
    private final DoubleAdder sum = new DoubleAdder();

    Histogram() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    void observe(Duration d) {
        double seconds = Math.max(0, d.toNanos() / 1e9);
        for (int i = 0; i < BOUNDS.length; i++) {
            if (seconds <= BOUNDS[i]) {
                buckets[i].increment();
                break;
            }
        }
        count.increment();
        sum.add(seconds);
    }

    /** How many observations fell at or below {@code BOUNDS[i]} (cumulative, as Prometheus wants). */
    long cumulative(int i) {
        long n = 0;
        for (int k = 0; k <= i; k++) {
            n += buckets[k].sum();
        }
        return n;
    }

    long count() {
        return count.sum();
    }

    double sum() {
        return sum.sum();
    }
}
