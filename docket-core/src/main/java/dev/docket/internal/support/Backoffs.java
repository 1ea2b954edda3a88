package dev.docket.internal.support;

import java.time.Duration;

/** Growing waits for loops that retry a failing store call. */
public final class Backoffs {
    private Backoffs() {
    }

    /** 100 ms doubling per consecutive failure, at most {@code max}. */
    public static Duration afterFailures(int failures, Duration max) {
        long ms = 100L << Math.min(Math.max(failures - 1, 0), 10);
        return Duration.ofMillis(Math.min(ms, max.toMillis()));
    }
}
