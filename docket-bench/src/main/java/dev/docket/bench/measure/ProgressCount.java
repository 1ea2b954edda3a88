package dev.docket.bench.measure;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A count that other threads can wait on until it reaches a target, with a deadline. Counting
 * costs one atomic increment; the lock is taken only when a waiter's target is reached.
 */
public final class ProgressCount {
    private final AtomicLong count = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition reached = lock.newCondition();
    private volatile long awaited = Long.MAX_VALUE;

    public void increment() {
        if (count.incrementAndGet() >= awaited) {
            lock.lock();
            try {
                reached.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    public long get() {
        return count.get();
    }

    /**
     * Waits until the count is at least {@code target}.
     *
     * @return whether it got there before {@code timeout} ran out
     */
    public boolean awaitAtLeast(long target, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            awaited = target;
            while (count.get() < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                reached.awaitNanos(left);
            }
            return true;
        } finally {
            awaited = Long.MAX_VALUE;
            lock.unlock();
        }
    }
}
