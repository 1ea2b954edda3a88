package dev.docket.internal.worker;

import dev.docket.Backoff;
import dev.docket.JobCancelledException;
import dev.docket.JobError;
import dev.docket.NonRetryableException;
import dev.docket.TypeOptions;
import dev.docket.internal.support.StackTraces;
import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * Decides what a finished attempt means for its job: succeeded, cancelled, retried after a backoff,
 * or dead. Pure except for the jitter's random numbers.
 */
public final class OutcomePolicy {
    private final Backoff defaultBackoff;
    private final RandomGenerator random;

    public OutcomePolicy(Backoff defaultBackoff, RandomGenerator random) {
        this.defaultBackoff = defaultBackoff;
        this.random = random;
    }

    /** The attempt returned normally. */
    public Outcome succeeded(JobRecord job, String resultJson) {
        return new Outcome.Succeeded(lease(job), resultJson);
    }

    /**
     * The attempt threw {@code error}, or was stopped for {@code stop} (null if not stopped).
     *
     * @return the outcome to record, or {@code null} when nothing may be recorded (lease lost, or
     *     the process is handing the job back)
     */
    public Outcome failed(JobRecord job, TypeOptions type, Throwable error, StopReason stop, Duration timeout, Instant at) {
        if (stop == StopReason.LEASE_LOST || stop == StopReason.SHUTDOWN) {
            return null;
        }
        if (stop == StopReason.CANCELLED || (stop == null && error instanceof JobCancelledException)) {
            return new Outcome.Cancelled(lease(job), new JobError(job.attempt(), at, "cancelled while running", null));
        }
        if (stop == StopReason.TIMED_OUT) {
            JobError e = new JobError(job.attempt(), at, "timed out after " + human(timeout), StackTraces.stack(error));
            return retryOrDead(job, type, e);
        }
        JobError e = new JobError(job.attempt(), at, StackTraces.message(error), StackTraces.stack(error));
        if (isNonRetryable(error)) {
            return new Outcome.Failed(lease(job), e, null);
        }
        return retryOrDead(job, type, e);
    }

    /** A job that cannot even start (unknown type, unreadable arguments): dead on this attempt. */
    public Outcome unrunnable(JobRecord job, String reason, Instant at) {
        return new Outcome.Failed(lease(job), new JobError(job.attempt(), at, reason, null), null);
    }

    /** The wait before the next attempt, or {@code null} when the job is out of attempts. */
    public Duration retryDelay(JobRecord job, TypeOptions type) {
        if (job.attempt() >= job.maxAttempts()) {
            return null;
        }
        return backoffOf(job, type).delay(job.attempt(), random);
    }

    private Outcome retryOrDead(JobRecord job, TypeOptions type, JobError error) {
        return new Outcome.Failed(lease(job), error, retryDelay(job, type));
    }

    private Backoff backoffOf(JobRecord job, TypeOptions type) {
        if (job.backoffInitialMs() != null && job.backoffMaxMs() != null) {
            return Backoff.exponential(Duration.ofMillis(job.backoffInitialMs()), Duration.ofMillis(job.backoffMaxMs()));
        }
        if (type != null && type.backoff() != null) {
            return type.backoff();
        }
        return defaultBackoff;
    }

    private static boolean isNonRetryable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NonRetryableException) {
                return true;
            }
        }
        return false;
    }

    private static LeaseRef lease(JobRecord job) {
        return new LeaseRef(job.id(), job.attempt());
    }

    static String human(Duration d) {
        if (d == null) {
            return "its timeout";
        }
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + "s" : ms + "ms";
    }
}
