package dev.docket.bench.peers;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The job JobRunr runs in a drain: a public static method, because JobRunr stores a job as the
 * method its lambda calls plus the arguments, and calls it by reflection on a worker. It only counts
 * its calls.
 */
public final class JobRunrNoOp {
    private static final AtomicLong CALLS = new AtomicLong();

    private JobRunrNoOp() {
    }

    /** The job body: does nothing with its argument but count the call. */
    public static void run(int index) {
        CALLS.incrementAndGet();
    }

    static long calls() {
        return CALLS.get();
    }

    static void reset() {
        CALLS.set(0);
    }
}
