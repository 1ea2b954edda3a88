package dev.docket.bench.run;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Lets a run's threads wait for their next point in time: a sampling point, or a paced call (the
 * run's own pacing, not a test wait).
 */
final class Pause {
    private Pause() {
    }

    /** Returns once {@link System#nanoTime()} has reached {@code deadlineNanos}. */
    static void until(long deadlineNanos) {
        until(deadlineNanos, () -> true);
    }

    /** Returns once {@link System#nanoTime()} has reached {@code deadlineNanos}, or sooner once {@code going} is false. */
    static void until(long deadlineNanos, BooleanSupplier going) {
        for (long left = deadlineNanos - System.nanoTime(); going.getAsBoolean() && left > 0;
             left = deadlineNanos - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
