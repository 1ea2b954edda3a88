package dev.docket.internal.admin;

import dev.docket.JobError;
import dev.docket.JobState;
import dev.docket.TypeOptions;
import dev.docket.admin.ExternalWorkers;
import dev.docket.admin.FetchRequest;
import dev.docket.admin.LeasedJob;
import dev.docket.internal.registry.RegisteredType;
import dev.docket.internal.registry.TypeRegistry;
import dev.docket.internal.support.Broadcast;
import dev.docket.internal.support.Deadline;
import dev.docket.internal.support.JobIds;
import dev.docket.internal.support.StackTraces;
import dev.docket.internal.worker.OutcomePolicy;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.Outcome;
import dev.docket.spi.OutcomeParams;
import dev.docket.spi.OutcomeResult;
import dev.docket.spi.RenewParams;
import dev.docket.spi.RenewedLease;
import dev.docket.spi.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The external-worker protocol over the store: claims with a long poll that wakes on notifications
 * (and re-checks every second for stores without them), and fenced complete, fail and heartbeat.
 */
public final class DefaultExternalWorkers implements ExternalWorkers {
    private static final Duration RECHECK = Duration.ofSeconds(1);

    private final Store store;
    private final Clock clock;
    private final TypeRegistry types;
    private final OutcomePolicy policy;
    private final Broadcast wakeUps;

    public DefaultExternalWorkers(Store store, Clock clock, TypeRegistry types, OutcomePolicy policy, Broadcast wakeUps) {
        this.store = store;
        this.clock = clock;
        this.types = types;
        this.policy = policy;
        this.wakeUps = wakeUps;
    }

    @Override
    public List<LeasedJob> fetch(FetchRequest request) throws InterruptedException {
        Set<String> only = request.types();
        Set<String> except = only.isEmpty() ? types.handledNames() : Set.of();
        Deadline deadline = Deadline.after(request.maxWait());
        while (true) {
            long seen = wakeUps.generation();
            List<JobRecord> claimed = store.jobs().claim(new ClaimParams(request.queues(), only, except, request.max(),
                    request.lease(), request.worker(), clock.instant()));
            if (!claimed.isEmpty() || deadline.passed()) {
                return claimed.stream().map(r -> new LeasedJob(JobViews.toJob(r), r.attempt(), r.leaseExpiresAt())).toList();
            }
            Duration left = deadline.remaining();
            wakeUps.awaitChange(seen, left.compareTo(RECHECK) < 0 ? left : RECHECK);
        }
    }

    @Override
    public Reply complete(String id, int attempt, String resultJson) {
        OptionalLong n = JobIds.parse(id);
        if (n.isEmpty()) {
            return reply(Reply.Status.NOT_FOUND, Optional.empty());
        }
        return record(n.getAsLong(), new Outcome.Succeeded(new LeaseRef(n.getAsLong(), attempt), resultJson));
    }

    @Override
    public Reply fail(String id, int attempt, String message, String stack, boolean retry) {
        OptionalLong n = JobIds.parse(id);
        Optional<JobRecord> found = n.isEmpty() ? Optional.empty() : store.queries().find(n.getAsLong());
        if (found.isEmpty()) {
            return reply(Reply.Status.NOT_FOUND, Optional.empty());
        }
        JobRecord job = found.get();
        if (job.state() != JobState.RUNNING || job.attempt() != attempt) {
            return reply(Reply.Status.STALE, found);
        }
        JobError error = new JobError(attempt, clock.instant(), StackTraces.bound(message, StackTraces.MAX_MESSAGE),
                StackTraces.bound(stack, StackTraces.MAX_STACK));
        Duration retryIn = retry ? policy.retryDelay(job, typeOptions(job.type())) : null;
        return record(job.id(), new Outcome.Failed(new LeaseRef(job.id(), attempt), error, retryIn));
    }

    @Override
    public Reply heartbeat(String id, int attempt, Duration lease, String progressJson) {
        OptionalLong n = JobIds.parse(id);
        if (n.isEmpty()) {
            return reply(Reply.Status.NOT_FOUND, Optional.empty());
        }
        long jobId = n.getAsLong();
        LeaseRef ref = new LeaseRef(jobId, attempt);
        List<RenewedLease> renewed = store.jobs().renewLeases(new RenewParams(List.of(ref), lease,
                progressJson == null ? Map.of() : Map.of(jobId, progressJson), clock.instant()));
        if (!renewed.isEmpty()) {
            RenewedLease r = renewed.get(0);
            if (r.cancelRequested()) {
                store.jobs().recordOutcomes(new OutcomeParams(List.of(new Outcome.Cancelled(ref,
                        new JobError(attempt, clock.instant(), "cancelled while running", null))), clock.instant()));
                return reply(Reply.Status.CANCELLED, store.queries().find(jobId));
            }
            return new Reply(Reply.Status.OK, null, r.expiresAt());
        }
        Optional<JobRecord> found = store.queries().find(jobId);
        if (found.isEmpty()) {
            return reply(Reply.Status.NOT_FOUND, found);
        }
        return reply(found.get().state() == JobState.CANCELLED ? Reply.Status.CANCELLED : Reply.Status.STALE, found);
    }

    private Reply record(long id, Outcome outcome) {
        OutcomeResult result = store.jobs().recordOutcomes(new OutcomeParams(List.of(outcome), clock.instant()));
        Optional<JobRecord> after = store.queries().find(id);
        if (!result.applied().isEmpty()) {
            return reply(Reply.Status.OK, after);
        }
        return reply(after.isEmpty() ? Reply.Status.NOT_FOUND : Reply.Status.STALE, after);
    }

    private TypeOptions typeOptions(String type) {
        return types.byName(type).map(RegisteredType::options).orElse(null);
    }

    private static Reply reply(Reply.Status status, Optional<JobRecord> job) {
        return new Reply(status, job.map(JobViews::toJob).orElse(null), (Instant) null);
    }
}
