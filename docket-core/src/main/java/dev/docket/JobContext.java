package dev.docket;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a handler knows about the attempt it runs, and how it talks back to the runtime.
 * A context is valid only during its attempt. {@link #isCancelled()}, {@link #progress} and
 * {@link #heartbeat()} are thread-safe, so helper threads of the handler may call them too.
 */
public interface JobContext {
    /** The job's id. */
    String jobId();

    /** The job's type name. */
    String type();

    /** The queue the job was taken from. */
    String queue();

    /** This attempt's number: 1 for the first run. Also the fencing token of the lease. */
    int attempt();

    /** The most attempts the job may have. */
    int maxAttempts();

    /** The job's metadata (read-only). */
    Map<String, String> meta();

    /** When this attempt will be interrupted as timed out, if the job has a timeout. */
    Optional<Instant> deadline();

    /**
     * Whether the job was cancelled, timed out, lost its lease or the process is shutting down past
     * its grace period. Long handlers should check this (or {@link #checkCancelled()}) between steps.
     */
    boolean isCancelled();

    /** Throws {@link JobCancelledException} when {@link #isCancelled()} is true. */
    void checkCancelled() throws JobCancelledException;

    /**
     * Records progress (any JSON-encodable value, e.g. a percentage or {@code {"done": 3, "of": 10}}).
     * It is written with the next lease renewal, not at once.
     */
    void progress(Object progress);

    /**
     * Renews this job's lease now, for handlers that know a long step is coming. Leases are renewed
     * in the background anyway; this is rarely needed.
     *
     * @throws JobCancelledException when the lease was lost or the job was cancelled
     */
    void heartbeat() throws JobCancelledException;
}
