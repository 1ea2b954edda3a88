package dev.docket.internal.worker;

import dev.docket.JobCancelledException;
import dev.docket.JobContext;
import dev.docket.JsonCodec;
import dev.docket.internal.support.JobIds;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The {@link JobContext} handed to a handler for one attempt. */
final class AttemptContext implements JobContext {
    private final RunningJob running;
    private final JsonCodec json;
    private final LeaseKeeper leases;

    AttemptContext(RunningJob running, JsonCodec json, LeaseKeeper leases) {
        this.running = running;
        this.json = json;
        this.leases = leases;
    }

    @Override
    public String jobId() {
        return JobIds.format(running.job().id());
    }

    @Override
    public String type() {
        return running.job().type();
    }

    @Override
    public String queue() {
        return running.job().queue();
    }

    @Override
    public int attempt() {
        return running.job().attempt();
    }

    @Override
    public int maxAttempts() {
        return running.job().maxAttempts();
    }

    @Override
    public Map<String, String> meta() {
        return running.job().meta();
    }

    @Override
    public Optional<Instant> deadline() {
        return Optional.ofNullable(running.deadline());
    }

    @Override
    public boolean isCancelled() {
        return running.stopReason() != null;
    }

    @Override
    public void checkCancelled() {
        StopReason reason = running.stopReason();
        if (reason != null) {
            throw new JobCancelledException(describe(reason));
        }
    }

    @Override
    public void progress(Object progress) {
        running.progress(json.encode(progress));
    }

    @Override
    public void heartbeat() {
        if (!leases.renewNow(running)) {
            running.stop(StopReason.LEASE_LOST);
        }
        checkCancelled();
    }

    static String describe(StopReason reason) {
        return switch (reason) {
            case CANCELLED -> "job cancelled";
            case TIMED_OUT -> "attempt timed out";
            case LEASE_LOST -> "lease lost: another attempt may hold the job";
            case SHUTDOWN -> "process shutting down";
        };
    }
}
