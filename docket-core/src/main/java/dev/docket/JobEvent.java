package dev.docket;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Something that happened to a job, told to {@link DocketListener}s after the store has recorded it.
 *
 * @param kind what happened
 * @param jobId the job's id
 * @param type the job's type name
 * @param queue the job's queue
 * @param attempt the attempt concerned (0 for {@link Kind#ENQUEUED})
 * @param meta the job's metadata (for trace context and the like)
 * @param at when it happened (the runtime's clock)
 * @param runTime how long the attempt ran ({@code null} unless the attempt ended)
 * @param queueTime how long the job waited between becoming due and starting ({@code null} unless
 *     {@link Kind#STARTED})
 * @param error the failure ({@code null} unless the attempt failed)
 */
public record JobEvent(
        Kind kind,
        String jobId,
        String type,
        String queue,
        int attempt,
        Map<String, String> meta,
        Instant at,
        Duration runTime,
        Duration queueTime,
        Throwable error) {

    /** The kinds of job events. */
    public enum Kind {
        /** Stored and acknowledged (not sent for duplicates of a unique key). */
        ENQUEUED,
        /** An attempt started in this process. */
        STARTED,
        /** An attempt succeeded and the job finished. */
        SUCCEEDED,
        /** An attempt failed and another one is scheduled. */
        FAILED,
        /** An attempt failed and the job is dead (out of attempts, or not retryable). */
        DEAD,
        /** A running attempt stopped because the job was cancelled. */
        CANCELLED,
        /** This process lost an attempt's lease; its outcome was not recorded. */
        LEASE_LOST,
        /** An operator moved a dead, cancelled or retryable job back to available. */
        RETRIED
    }
}
