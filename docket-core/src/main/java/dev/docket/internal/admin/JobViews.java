package dev.docket.internal.admin;

import dev.docket.Job;
import dev.docket.JobState;
import dev.docket.admin.ActionResult;
import dev.docket.internal.support.JobIds;
import dev.docket.spi.Change;
import dev.docket.spi.JobRecord;

/** Turns store records into the public read-only views. */
public final class JobViews {
    private JobViews() {
    }

    public static Job toJob(JobRecord r) {
        Job.Lease lease = r.state() == JobState.RUNNING
                ? new Job.Lease(r.attempt(), r.leaseExpiresAt(), r.worker(), r.cancelRequested())
                : null;
        return new Job(JobIds.format(r.id()), r.type(), r.queue(), r.priority(), r.state(), r.argsJson(), r.meta(),
                r.attempt(), r.maxAttempts(), r.uniqueKey(), r.createdAt(), r.runAt(), r.attemptedAt(), r.finishedAt(),
                r.errors(), r.resultJson(), r.progressJson(), lease);
    }

    public static ActionResult toResult(Change c) {
        return new ActionResult(switch (c.status()) {
            case APPLIED -> ActionResult.Status.APPLIED;
            case NOT_FOUND -> ActionResult.Status.NOT_FOUND;
            case REFUSED -> ActionResult.Status.REFUSED;
        }, c.state());
    }
}
