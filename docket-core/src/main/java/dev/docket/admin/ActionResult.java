package dev.docket.admin;

import dev.docket.JobState;

/**
 * The result of an operator action on one job.
 *
 * @param status what happened
 * @param state the job's state afterwards, or the state that refused the action; {@code null} when
 *     the job was not found or was deleted
 */
public record ActionResult(Status status, JobState state) {
    /** What happened. */
    public enum Status {
        /** Done. */
        APPLIED,
        /** No such job. */
        NOT_FOUND,
        /** The job's state does not allow it (e.g. deleting a running job). */
        REFUSED
    }
}
