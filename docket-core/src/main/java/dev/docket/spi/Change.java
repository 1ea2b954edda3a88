package dev.docket.spi;

import dev.docket.JobState;

/**
 * The result of an operator action on one job.
 *
 * @param status what happened
 * @param state the job's state afterwards (or the state that refused the action), {@code null}
 *     when not found or deleted
 */
public record Change(Status status, JobState state) {
    /** What happened. */
    public enum Status {
        /** The action was done. */
        APPLIED,
        /** No such job. */
        NOT_FOUND,
        /** The job's state does not allow the action. */
        REFUSED
    }

    public static Change applied(JobState state) {
        return new Change(Status.APPLIED, state);
    }

    public static Change notFound() {
        return new Change(Status.NOT_FOUND, null);
    }

    public static Change refused(JobState state) {
        return new Change(Status.REFUSED, state);
    }
}
