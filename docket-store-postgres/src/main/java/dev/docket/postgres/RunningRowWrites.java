package dev.docket.postgres;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs one store's writes to running jobs' rows (outcomes, lease renewals, releases) one at a
 * time, first come first served.
 *
 * <p>Each such write updates a batch of rows in one statement, and the planner picks the order
 * it locks them in (a hash join follows the table, a nested loop the array), so sorting the ids
 * does not keep two overlapping writes from deadlocking. Within one process these writes overlap
 * all the time: the lease keeper renews every running attempt while the completer records the
 * finished ones. Across processes they touch different rows, since each attempt belongs to one
 * process. Waiting here costs little: the writes are batched, a few per second each.
 */
final class RunningRowWrites {
    private final ReentrantLock lock = new ReentrantLock(true);

    <T> T alone(Supplier<T> write) {
        lock.lock();
        try {
            return write.get();
        } finally {
            lock.unlock();
        }
    }
}
