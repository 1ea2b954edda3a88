package dev.docket.bench.run;

import java.util.concurrent.locks.LockSupport;

/** Lets a run's measuring thread wait for the next sampling point (the run's own pacing, not a test wait). */
final class Pause {
    private Pause() {
    }

    /** Returns once {@link System#nanoTime()} has reached {@code deadlineNanos}. */
    static void until(long deadlineNanos) {
        for (long left = deadlineNanos - System.nanoTime(); left > 0; left = deadlineNanos - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
