package dev.docket.internal.worker;

import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaseRef;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One attempt this process holds, from claim until its outcome is recorded (or its lease is lost).
 * Shared between the runner's thread, the lease keeper and the watchdog, hence the volatile fields.
 */
public final class RunningJob {
    private final JobRecord job;
    private final LeaseRef lease;
    private final boolean suspect;
    private final AtomicReference<StopReason> stopReason = new AtomicReference<>();
    private volatile Thread thread;
    private volatile Instant startedAt;
    private volatile Instant deadline;
    private volatile Instant leaseValidUntil;
    private volatile String pendingProgress;
    private volatile boolean handlerDone;
    private volatile boolean outcomeSubmitted;

    public RunningJob(JobRecord job, Instant leaseValidUntil) {
        this(job, leaseValidUntil, false);
    }

    /** @param suspect whether one more loss would kill the job (see {@link SuspectIsolation}) */
    public RunningJob(JobRecord job, Instant leaseValidUntil, boolean suspect) {
        this.job = job;
        this.lease = new LeaseRef(job.id(), job.attempt());
        this.leaseValidUntil = leaseValidUntil;
        this.suspect = suspect;
    }

    public JobRecord job() {
        return job;
    }

    public LeaseRef lease() {
        return lease;
    }

    /** Whether one more loss would kill the job, so this process claims nothing else while it runs. */
    public boolean suspect() {
        return suspect;
    }

    /**
     * Asks the attempt to stop for {@code reason}; the first reason wins.
     *
     * @return whether this call set the reason
     */
    public boolean stop(StopReason reason) {
        if (!stopReason.compareAndSet(null, reason)) {
            return false;
        }
        Thread t = thread;
        if (t != null && !handlerDone) {
            t.interrupt();
        }
        return true;
    }

    public StopReason stopReason() {
        return stopReason.get();
    }

    void started(Thread runner, Instant at, Instant deadline) {
        this.thread = runner;
        this.startedAt = at;
        this.deadline = deadline;
        if (stopReason.get() != null) {
            runner.interrupt();
        }
    }

    void handlerFinished() {
        this.handlerDone = true;
        this.thread = null;
    }

    public boolean handlerDone() {
        return handlerDone;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    /** When this process must assume the lease lapsed if it could not renew it (local estimate). */
    public Instant leaseValidUntil() {
        return leaseValidUntil;
    }

    void leaseRenewed(Instant validUntil) {
        this.leaseValidUntil = validUntil;
    }

    void progress(String json) {
        this.pendingProgress = json;
    }

    /** Takes the progress not yet written, if any. */
    String takeProgress() {
        String p = pendingProgress;
        pendingProgress = null;
        return p;
    }

    void outcomeSubmitted() {
        this.outcomeSubmitted = true;
    }

    /** Whether the attempt's outcome is on its way to the store (so a missing renewal is expected). */
    public boolean isOutcomeSubmitted() {
        return outcomeSubmitted;
    }
}
