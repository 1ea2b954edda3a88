package dev.docket.micrometer;

import dev.docket.JobEvent;
import java.util.Locale;

/**
 * The names and tags of Docket's meters, in Micrometer's convention (lower-case, dot-separated,
 * base units; registries translate them, e.g. {@code docket_jobs_enqueued_total} in Prometheus).
 */
public final class DocketMeters {
    /** Counter: jobs stored, tagged {@link #QUEUE} and {@link #TYPE}. */
    public static final String ENQUEUED = "docket.jobs.enqueued";
    /** Counter: attempts that ended, tagged {@link #QUEUE}, {@link #TYPE} and {@link #OUTCOME}. */
    public static final String FINISHED = "docket.jobs.finished";
    /** Timer: how long attempts ran, tagged {@link #QUEUE}, {@link #TYPE} and {@link #OUTCOME}. */
    public static final String EXECUTION = "docket.job.execution";
    /** Timer: how long jobs waited between becoming due and starting, tagged {@link #QUEUE} and {@link #TYPE}. */
    public static final String QUEUED = "docket.job.queued";
    /** Gauge: jobs per queue and state, tagged {@link #QUEUE} and {@link #STATE}. */
    public static final String QUEUE_SIZE = "docket.queue.size";
    /** Gauge, seconds: how long the oldest available job of a queue has been due, tagged {@link #QUEUE}. */
    public static final String QUEUE_LATENCY = "docket.queue.latency";

    /** Tag: the queue name. */
    public static final String QUEUE = "queue";
    /** Tag: the job type name. */
    public static final String TYPE = "type";
    /** Tag: how an attempt ended ({@code succeeded}, {@code failed}, {@code dead}, {@code cancelled}). */
    public static final String OUTCOME = "outcome";
    /** Tag: a job state ({@code available}, {@code running}, ...). */
    public static final String STATE = "state";

    private DocketMeters() {
    }

    /**
     * The {@link #OUTCOME} value for an event that ends an attempt, or {@code null} for other kinds.
     * {@code failed} means the job will be retried; {@code dead} that it will not.
     */
    public static String outcome(JobEvent.Kind kind) {
        switch (kind) {
            case SUCCEEDED:
            case FAILED:
            case DEAD:
            case CANCELLED:
            case LEASE_LOST:
                return kind.name().toLowerCase(Locale.ROOT);
            default:
                return null;
        }
    }
}
