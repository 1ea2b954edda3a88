package dev.docket.reliability.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline, polling every few milliseconds; never a fixed sleep. */
public final class Await {
    private Await() {
    }

    /**
     * Waits until {@code condition} holds.
     *
     * @throws AssertionError naming what was awaited when the deadline passes
     */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        if (!within(timeout, condition)) {
            throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting until " + what);
        }
    }

    /** Waits until {@code condition} holds or the timeout passes; returns whether it held. */
    public static boolean within(Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            pause(10);
        }
        return true;
    }

    /** Lets time pass for pacing a load or a fault schedule (not for waiting on a condition). */
    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Lets {@code d} pass, as {@link #pause(long)}. */
    public static void pause(Duration d) {
        pause(d.toMillis());
    }
}
