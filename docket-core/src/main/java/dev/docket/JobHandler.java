package dev.docket;

/**
 * Does the work of one job type. Returning normally means success; throwing means the attempt
 * failed and is retried per the job's policy, unless the exception is a
 * {@link NonRetryableException} (straight to {@code dead}) or the job was cancelled.
 *
 * @param <A> the argument type
 * @see JobFunction for handlers that return a result
 */
@FunctionalInterface
public interface JobHandler<A> {
    /**
     * Runs one attempt.
     *
     * @param args the job's arguments, read from JSON
     * @param context the attempt's id, attempt number, cancellation, progress and heartbeat
     */
    void handle(A args, JobContext context) throws Exception;
}
