package dev.docket.server.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition with a deadline (never a fixed sleep); fails saying what was awaited. */
public final class Await {
    private Await() {
    }

    public static void until(String what, BooleanSupplier condition) {
        until(what, Duration.ofSeconds(30), condition);
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout + " waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what, e);
            }
        }
    }

    /** Waits until {@code value} gives a non-null result and returns it. */
    public static <T> T value(String what, Supplier<T> value) {
        return value(what, Duration.ofSeconds(30), value);
    }

    /** Waits up to {@code timeout} until {@code value} gives a non-null result and returns it. */
    public static <T> T value(String what, Duration timeout, Supplier<T> value) {
        Object[] holder = new Object[1];
        until(what, timeout, () -> (holder[0] = value.get()) != null);
        @SuppressWarnings("unchecked")
        T result = (T) holder[0];
        return result;
    }
}
