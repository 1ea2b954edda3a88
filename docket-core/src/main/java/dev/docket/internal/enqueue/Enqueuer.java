package dev.docket.internal.enqueue;

import dev.docket.Enqueued;
import dev.docket.JobEvent;
import dev.docket.JobRequest;
import dev.docket.JobState;
import dev.docket.internal.support.Events;
import dev.docket.internal.support.JobIds;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.JobStore;
import dev.docket.spi.NewJob;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Stores new jobs: turns requests into rows ({@link JobRequests}), inserts them in one transaction,
 * wakes this process's workers of the affected queues and tells the listeners.
 */
public final class Enqueuer {
    /** The most jobs one enqueue call may carry. */
    public static final int MAX_BATCH = 10_000;

    private final JobStore store;
    private final Clock clock;
    private final JobRequests requests;
    private final Events events;
    private final Consumer<String> wake;

    public Enqueuer(JobStore store, Clock clock, JobRequests requests, Events events, Consumer<String> wake) {
        this.store = store;
        this.clock = clock;
        this.requests = requests;
        this.events = events;
        this.wake = wake;
    }

    /** Enqueues {@code batch} in one transaction, the caller's when {@code transaction} is given. */
    public List<Enqueued> enqueue(List<JobRequest> batch, Connection transaction) {
        if (batch.isEmpty()) {
            return List.of();
        }
        if (batch.size() > MAX_BATCH) {
            throw new IllegalArgumentException("too many jobs in one enqueue: " + batch.size() + " (at most " + MAX_BATCH + ")");
        }
        List<NewJob> jobs = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            jobs.add(requests.toNewJob(batch.get(i), batch.size() == 1 ? null : i));
        }
        List<InsertResult> results = store.insert(new InsertParams(jobs, transaction, clock.instant()));
        List<Enqueued> out = new ArrayList<>(results.size());
        Set<String> available = new LinkedHashSet<>();
        for (int i = 0; i < results.size(); i++) {
            InsertResult r = results.get(i);
            NewJob job = jobs.get(i);
            out.add(new Enqueued(JobIds.format(r.id()), r.state(), r.duplicate()));
            if (!r.duplicate()) {
                if (r.state() == JobState.AVAILABLE) {
                    available.add(job.queue());
                }
                if (transaction == null && !events.isEmpty()) {
                    events.emit(new JobEvent(JobEvent.Kind.ENQUEUED, JobIds.format(r.id()), job.type(), job.queue(), 0,
                            job.meta(), clock.instant(), null, null, null));
                }
            }
        }
        if (transaction == null) {
            available.forEach(wake);
        }
        return out;
    }
}
