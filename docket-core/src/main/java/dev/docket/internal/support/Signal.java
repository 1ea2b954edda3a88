package dev.docket.internal.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A wake-up flag: {@link #fire()} sets it and wakes the waiter; {@link #await} returns at once if
 * it is set (clearing it) or waits until fired or timed out. Fires before a wait are not lost.
 */
public final class Signal {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition fired = lock.newCondition();
    private volatile boolean set;

    /** Sets the flag and wakes the waiter; costs one read when the flag is set already. */
    public void fire() {
        if (set) {
            return;
        }
        lock.lock();
        try {
            set = true;
            fired.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until fired or {@code timeout} passes, then clears the flag.
     *
     * @return whether it was fired
     */
    public boolean await(Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (!set && nanos > 0) {
                nanos = fired.awaitNanos(nanos);
            }
            boolean was = set;
            set = false;
            return was;
        } finally {
            lock.unlock();
        }
    }

    /** Clears the flag without waiting. */
    public void clear() {
        lock.lock();
        try {
            set = false;
        } finally {
            lock.unlock();
        }
    }

    /** Waits without a deadline shorter than a day; for loops that re-check their own state. */
    public boolean awaitMillis(long millis) throws InterruptedException {
        return await(Duration.ofMillis(Math.max(0, Math.min(millis, TimeUnit.DAYS.toMillis(1)))));
    }
}
