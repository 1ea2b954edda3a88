package dev.docket.memory;

import dev.docket.JobError;
import dev.docket.JobState;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.JobRecord;
import dev.docket.spi.JobStore;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.NewJob;
import dev.docket.spi.Notifier;
import dev.docket.spi.Outcome;
import dev.docket.spi.OutcomeParams;
import dev.docket.spi.OutcomeResult;
import dev.docket.spi.PruneParams;
import dev.docket.spi.ReleaseParams;
import dev.docket.spi.RenewParams;
import dev.docket.spi.RenewedLease;
import dev.docket.spi.RescueParams;
import dev.docket.spi.RescuedJob;
import dev.docket.spi.StageParams;
import dev.docket.spi.StageResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The hot-path verbs on the in-memory table: insert, claim, outcomes, lease renewal and release.
 * Each call takes the store's lock once for its whole batch. Maintenance verbs are in
 * {@link Maintenance}.
 */
final class MemoryJobStore implements JobStore {
    private final Guard guard;
    private final JobTable table;
    private final MemoryQueues queues;
    private final Notifier notifier;
    private final Maintenance maintenance;

    MemoryJobStore(Guard guard, JobTable table, MemoryQueues queues, Notifier notifier) {
        this.guard = guard;
        this.table = table;
        this.queues = queues;
        this.notifier = notifier;
        this.maintenance = new Maintenance(guard, table);
    }

    @Override
    public List<InsertResult> insert(InsertParams params) {
        if (params.connection() != null) {
            throw new IllegalArgumentException("the memory store cannot join a JDBC transaction: "
                    + "insert without a connection (StoreInfo.transactionalInsert is false)");
        }
        NewJobCheck.check(params.jobs());
        Instant now = params.now();
        Set<String> woken = new LinkedHashSet<>();
        List<InsertResult> results = guard.call("inserting jobs", () -> {
            List<InsertResult> out = new ArrayList<>(params.jobs().size());
            for (NewJob j : params.jobs()) {
                MemJob holder = j.uniqueKey() == null ? null : table.keyHolder(j.uniqueKey());
                if (holder != null) {
                    out.add(new InsertResult(holder.id, holder.state, true));
                    continue;
                }
                Instant runAt = j.runAt() != null ? j.runAt() : now.plusMillis(j.delayMs());
                JobState state = runAt.isAfter(now) ? JobState.SCHEDULED : JobState.AVAILABLE;
                MemJob job = new MemJob(table.nextId(), j.type(), j.queue(), j.priority(), j.argsJson(), j.meta(),
                        j.maxAttempts(), j.uniqueKey(), now, runAt, j.timeoutMs(), j.backoffInitialMs(),
                        j.backoffMaxMs(), state);
                table.add(job);
                if (state == JobState.AVAILABLE) {
                    woken.add(j.queue());
                }
                out.add(new InsertResult(job.id, state, false));
            }
            return out;
        });
        woken.forEach(q -> notifier.publish(Notifier.JOBS_AVAILABLE, q));
        return results;
    }

    @Override
    public List<JobRecord> claim(ClaimParams params) {
        Instant now = params.now();
        Instant expiry = now.plus(params.lease());
        return guard.call("claiming jobs", () -> {
            List<String> open = params.queues().stream().filter(q -> !queues.isPaused(q)).toList();
            List<MemJob> picked = table.available().pick(open, params::admits, params.limit());
            List<JobRecord> out = new ArrayList<>(picked.size());
            for (MemJob job : picked) {
                table.update(job, j -> {
                    j.state = JobState.RUNNING;
                    j.attempt++;
                    j.attemptedAt = now;
                    j.leaseExpiresAt = expiry;
                    j.worker = params.worker();
                    j.cancelRequested = false;
                });
                out.add(job.toRecord());
            }
            return out;
        });
    }

    @Override
    public OutcomeResult recordOutcomes(OutcomeParams params) {
        Instant now = params.now();
        return guard.call("recording outcomes", () -> {
            List<Outcome> applied = new ArrayList<>();
            List<Outcome> rejected = new ArrayList<>();
            for (Outcome o : params.outcomes()) {
                MemJob job = held(o.lease());
                if (job == null) {
                    rejected.add(o);
                    continue;
                }
                if (o instanceof Outcome.Succeeded && !params.keepSucceeded()) {
                    table.remove(job);
                } else {
                    table.update(job, j -> apply(j, o, now));
                }
                applied.add(o);
            }
            return new OutcomeResult(applied, rejected);
        });
    }

    private static void apply(MemJob j, Outcome outcome, Instant now) {
        int attempt = outcome.lease().attempt();
        if (outcome instanceof Outcome.Succeeded s) {
            j.resultJson = s.resultJson();
            j.finish(JobState.SUCCEEDED, now);
        } else if (outcome instanceof Outcome.Failed f) {
            j.appendError(asAttempt(f.error(), attempt, now));
            Duration retryIn = f.retryIn();
            if (retryIn == null) {
                j.finish(JobState.DEAD, now);
            } else {
                j.clearLease();
                boolean now0 = retryIn.isZero() || retryIn.isNegative();
                j.state = now0 ? JobState.AVAILABLE : JobState.RETRYABLE;
                j.runAt = now0 ? now : now.plus(retryIn);
            }
        } else if (outcome instanceof Outcome.Cancelled c) {
            if (c.reason() != null) {
                j.appendError(asAttempt(c.reason(), attempt, now));
            }
            j.finish(JobState.CANCELLED, now);
        }
    }

    /** The error as kept: numbered by the lease's attempt, at its own time (or now if it has none). */
    private static JobError asAttempt(JobError e, int attempt, Instant now) {
        return new JobError(attempt, e.at() == null ? now : e.at(), e.message(), e.stack());
    }

    @Override
    public List<RenewedLease> renewLeases(RenewParams params) {
        Instant expiry = params.now().plus(params.lease());
        return guard.call("renewing leases", () -> {
            List<RenewedLease> out = new ArrayList<>();
            for (LeaseRef lease : params.leases()) {
                MemJob job = held(lease);
                if (job == null) {
                    continue;
                }
                table.update(job, j -> j.leaseExpiresAt = expiry);
                String progress = params.progress().get(lease.id());
                if (progress != null) {
                    job.progressJson = progress;
                }
                out.add(new RenewedLease(lease, expiry, job.cancelRequested));
            }
            return out;
        });
    }

    @Override
    public int release(ReleaseParams params) {
        Instant now = params.now();
        return guard.call("releasing leases", () -> {
            int count = 0;
            for (LeaseRef lease : params.leases()) {
                MemJob job = held(lease);
                if (job == null) {
                    continue;
                }
                table.update(job, j -> {
                    if (j.cancelRequested) {
                        j.finish(JobState.CANCELLED, now);
                    } else {
                        j.clearLease();
                        j.state = JobState.AVAILABLE;
                    }
                });
                count++;
            }
            return count;
        });
    }

    @Override
    public StageResult stageDue(StageParams params) {
        return maintenance.stageDue(params);
    }

    @Override
    public List<RescuedJob> rescueExpired(RescueParams params) {
        return maintenance.rescueExpired(params);
    }

    @Override
    public int prune(PruneParams params) {
        return maintenance.prune(params);
    }

    /** The job if {@code lease} still holds it, else {@code null}. */
    private MemJob held(LeaseRef lease) {
        MemJob job = table.get(lease.id());
        return job != null && job.heldBy(lease.attempt()) ? job : null;
    }
}
