package dev.docket;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How long a failed job waits before its next attempt: exponential, doubling from {@code initial}
 * up to {@code max}, with ±20% random jitter so that jobs failing together do not retry together.
 *
 * <p>The default ({@link #DEFAULT}: 1 s doubling to 4 h) with the default 20 attempts spreads the
 * 19 retries over about 24.5 hours: 1 s, 2 s, 4 s, … 2 h 16 min, then five waits of 4 h.
 *
 * @param initial the wait after the first failed attempt
 * @param max the longest wait
 */
public record Backoff(Duration initial, Duration max) {
    /** 1 second doubling to 4 hours. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofHours(4));

    private static final double JITTER = 0.2;

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || max.isNegative()) {
            throw new IllegalArgumentException("backoff durations must not be negative: initial="
                    + initial + ", max=" + max);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff max " + max + " is shorter than initial " + initial);
        }
    }

    /** Exponential backoff from {@code initial} doubling up to {@code max}. */
    public static Backoff exponential(Duration initial, Duration max) {
        return new Backoff(initial, max);
    }

    /** The same wait after every failure. */
    public static Backoff fixed(Duration wait) {
        return new Backoff(wait, wait);
    }

    /** The wait without jitter after failed attempt {@code attempt} (1-based). */
    public Duration baseDelay(int attempt) {
        int doublings = Math.max(0, Math.min(attempt - 1, 62));
        long initialMs = initial.toMillis();
        long maxMs = max.toMillis();
        long ms = initialMs;
        for (int i = 0; i < doublings && ms < maxMs; i++) {
            ms = ms * 2;
        }
        return Duration.ofMillis(Math.min(ms, maxMs));
    }

    /** The wait after failed attempt {@code attempt}, with ±20% jitter drawn from {@code random}. */
    public Duration delay(int attempt, RandomGenerator random) {
        long base = baseDelay(attempt).toMillis();
        if (base == 0 || initial.equals(max)) {
            return Duration.ofMillis(base);
        }
        double factor = 1 + JITTER * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.round(base * factor));
    }
}
