package dev.docket.webhook;

import dev.docket.JobCancelledException;
import dev.docket.JobContext;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A job context for calling the handler directly; {@link #cancel()} flips its cancellation flag. */
final class TestContext implements JobContext {
    private volatile boolean cancelled;

    void cancel() {
        cancelled = true;
    }

    @Override
    public String jobId() {
        return "test-job";
    }

    @Override
    public String type() {
        return HttpJobs.TYPE;
    }

    @Override
    public String queue() {
        return "default";
    }

    @Override
    public int attempt() {
        return 1;
    }

    @Override
    public int maxAttempts() {
        return HttpJobs.MAX_ATTEMPTS;
    }

    @Override
    public Map<String, String> meta() {
        return Map.of();
    }

    @Override
    public Optional<Instant> deadline() {
        return Optional.empty();
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void checkCancelled() {
        if (cancelled) {
            throw new JobCancelledException("cancelled");
        }
    }

    @Override
    public void progress(Object progress) {
    }

    @Override
    public void heartbeat() {
    }
}
