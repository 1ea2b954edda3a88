package dev.docket.internal.worker;

import dev.docket.StoreException;
import dev.docket.internal.support.RateLimitedLog;
import dev.docket.spi.JobStore;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.RenewParams;
import dev.docket.spi.RenewedLease;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renews the leases of every attempt this process holds, in one store call per tick (one timer per
 * process, never one per job), and writes their progress on the way. A lease the store no longer
 * has is lost: its attempt is told to stop and nothing it does will be recorded. When the store
 * cannot be reached for longer than a lease, the attempts stop themselves (self-fencing), since
 * another process may already have rescued their jobs.
 */
public final class LeaseKeeper {
    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);

    private final JobStore store;
    private final Clock clock;
    private final RunningJobs running;
    private final Duration lease;
    private final RateLimitedLog failures;

    public LeaseKeeper(JobStore store, Clock clock, RunningJobs running, Duration lease) {
        this.store = store;
        this.clock = clock;
        this.running = running;
        this.lease = lease;
        this.failures = new RateLimitedLog(log, clock, Duration.ofSeconds(30));
    }

    /** Renews every held lease once. */
    public void tick() {
        Collection<RunningJob> jobs = running.all();
        if (!jobs.isEmpty()) {
            renew(jobs);
        }
    }

    /** Renews one attempt's lease now; false when it is lost. */
    boolean renewNow(RunningJob job) {
        return renew(List.of(job)) > 0;
    }

    private int renew(Collection<RunningJob> jobs) {
        List<LeaseRef> refs = new ArrayList<>(jobs.size());
        Map<Long, String> progress = new HashMap<>();
        for (RunningJob j : jobs) {
            refs.add(j.lease());
            String p = j.takeProgress();
            if (p != null) {
                progress.put(j.job().id(), p);
            }
        }
        Instant now = clock.instant();
        List<RenewedLease> renewed;
        try {
            renewed = store.renewLeases(new RenewParams(refs, lease, progress, now));
            failures.reset();
        } catch (StoreException e) {
            failures.warn("could not renew " + refs.size() + " lease(s)", e);
            selfFence(jobs, now);
            return 0;
        }
        Map<LeaseRef, RenewedLease> held = new HashMap<>();
        for (RenewedLease r : renewed) {
            held.put(r.lease(), r);
        }
        Instant validUntil = now.plus(lease);
        for (RunningJob j : jobs) {
            RenewedLease r = held.get(j.lease());
            if (r != null) {
                j.leaseRenewed(validUntil);
                if (r.cancelRequested() && j.stop(StopReason.CANCELLED)) {
                    log.info("job {} was cancelled while running; stopping it", j.job().id());
                }
            } else if (!j.isOutcomeSubmitted() && j.stop(StopReason.LEASE_LOST)) {
                log.warn("lost the lease of job {} attempt {}: it was rescued, finished or deleted elsewhere",
                        j.job().id(), j.job().attempt());
            }
        }
        return renewed.size();
    }

    private void selfFence(Collection<RunningJob> jobs, Instant now) {
        for (RunningJob j : jobs) {
            if (!j.isOutcomeSubmitted() && now.isAfter(j.leaseValidUntil()) && j.stop(StopReason.LEASE_LOST)) {
                log.warn("stopping job {}: its lease could not be renewed before it lapsed", j.job().id());
            }
        }
    }
}
