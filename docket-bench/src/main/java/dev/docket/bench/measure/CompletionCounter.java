package dev.docket.bench.measure;

import dev.docket.DocketListener;
import dev.docket.JobEvent;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the jobs this process saw finish, from Docket's events: a job counts once the store has
 * recorded its success, not when its handler returns.
 */
public final class CompletionCounter implements DocketListener {
    private final ProgressCount succeeded = new ProgressCount();
    private final AtomicLong failed = new AtomicLong();

    @Override
    public void onEvent(JobEvent event) {
        switch (event.kind()) {
            case SUCCEEDED -> succeeded.increment();
            case FAILED, DEAD, LEASE_LOST -> failed.incrementAndGet();
            default -> {
                // enqueued, started, cancelled and retried jobs are not finished ones
            }
        }
    }

    /** Jobs whose success is recorded. */
    public ProgressCount succeeded() {
        return succeeded;
    }

    /** Attempts that failed or lost their lease (none are expected of the bench's jobs). */
    public long failed() {
        return failed.get();
    }
}
