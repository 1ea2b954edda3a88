package dev.docket.memory;

import dev.docket.JobError;
import dev.docket.JobState;
import dev.docket.spi.PruneParams;
import dev.docket.spi.RescueParams;
import dev.docket.spi.RescuedJob;
import dev.docket.spi.StageParams;
import dev.docket.spi.StageResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The maintenance verbs: stage due jobs, rescue expired leases, prune old finished jobs. Each reads
 * only the head of the matching time index, so its cost follows the work done, not the table size.
 */
final class Maintenance {
    private final Guard guard;
    private final JobTable table;

    Maintenance(Guard guard, JobTable table) {
        this.guard = guard;
        this.table = table;
    }

    StageResult stageDue(StageParams params) {
        Instant now = params.now();
        return guard.call("staging due jobs", () -> {
            List<MemJob> due = table.due().headWhile(runAt -> !runAt.isAfter(now), params.limit());
            Set<String> queues = new HashSet<>();
            for (MemJob job : due) {
                table.update(job, j -> j.state = JobState.AVAILABLE);
                queues.add(job.queue);
            }
            return due.isEmpty() ? StageResult.NONE : new StageResult(due.size(), queues);
        });
    }

    List<RescuedJob> rescueExpired(RescueParams params) {
        Instant now = params.now();
        return guard.call("rescuing expired leases", () -> {
            List<MemJob> expired = table.leases().headWhile(expiry -> expiry.isBefore(now), params.limit());
            List<RescuedJob> out = new ArrayList<>(expired.size());
            for (MemJob job : expired) {
                table.update(job, j -> rescue(j, params.maxLosses(), now));
                out.add(new RescuedJob(job.id, job.queue, job.type, job.attempt, job.state));
            }
            return out;
        });
    }

    private static void rescue(MemJob j, int maxLosses, Instant now) {
        j.lostCount++;
        String lost = "worker lost: the lease of " + j.worker + " expired at " + j.leaseExpiresAt;
        JobState end;
        if (j.cancelRequested) {
            end = JobState.CANCELLED;
            lost += "; a cancel was requested";
        } else if (j.lostCount >= maxLosses) {
            end = JobState.DEAD;
            lost += "; lost " + j.lostCount + " times";
        } else if (j.attempt >= j.maxAttempts) {
            end = JobState.DEAD;
            lost += "; out of attempts (" + j.attempt + " of " + j.maxAttempts + ")";
        } else {
            end = JobState.AVAILABLE;
        }
        j.appendError(new JobError(j.attempt, now, lost, null));
        if (end == JobState.AVAILABLE) {
            j.clearLease();
            j.state = JobState.AVAILABLE;
        } else {
            j.finish(end, now);
        }
    }

    int prune(PruneParams params) {
        Instant now = params.now();
        return guard.call("pruning finished jobs", () -> {
            int left = params.limit();
            left -= prune(JobState.SUCCEEDED, now.minus(params.succeeded()), left);
            left -= prune(JobState.DEAD, now.minus(params.dead()), left);
            left -= prune(JobState.CANCELLED, now.minus(params.cancelled()), left);
            return params.limit() - left;
        });
    }

    private int prune(JobState state, Instant cutoff, int limit) {
        if (limit <= 0) {
            return 0;
        }
        List<MemJob> old = table.finished(state).headWhile(at -> at.isBefore(cutoff), limit);
        old.forEach(table::remove);
        return old.size();
    }
}
