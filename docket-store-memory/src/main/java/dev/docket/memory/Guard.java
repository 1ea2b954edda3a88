package dev.docket.memory;

import dev.docket.StoreException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The memory store's one lock and its open/closed flag. Every facet runs its work through here,
 * so each call is atomic (the in-memory equivalent of one transaction) and a closed store fails
 * with a {@link StoreException} that says what was being done.
 */
final class Guard {
    private final ReentrantLock lock = new ReentrantLock();
    private final String name;
    private volatile boolean closed;

    Guard(String name) {
        this.name = name;
    }

    /** Runs {@code work} under the lock; {@code doing} names it for the closed-store error. */
    <T> T call(String doing, Supplier<T> work) {
        lock.lock();
        try {
            checkOpen(doing);
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** {@link #call} for work without a result. */
    void run(String doing, Runnable work) {
        call(doing, () -> {
            work.run();
            return null;
        });
    }

    /** Throws when the store is closed. */
    void checkOpen(String doing) {
        if (closed) {
            throw new StoreException(doing + " failed: the memory store '" + name + "' is closed");
        }
    }

    void close() {
        closed = true;
    }
}
