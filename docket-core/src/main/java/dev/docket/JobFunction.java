package dev.docket;

/**
 * A {@link JobHandler} that returns a result, stored as JSON with the succeeded job.
 *
 * @param <A> the argument type
 * @param <R> the result type; {@code null} stores no result
 */
@FunctionalInterface
public interface JobFunction<A, R> {
    /** Runs one attempt and returns its result. */
    R handle(A args, JobContext context) throws Exception;
}
