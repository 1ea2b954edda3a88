package dev.docket.internal.enqueue;

import dev.docket.Enqueued;
import dev.docket.JobEvent;
import dev.docket.JobRequest;
import dev.docket.JobState;
import dev.docket.TransactionalEnqueue;
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
 * wakes this process's workers of the affected queues and tells the listeners (for jobs inserted in
 * the caller's transaction, once the caller reports the commit).
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

    /** Enqueues {@code batch} in one transaction of the store's own, then tells listeners and wakes workers. */
    public List<Enqueued> enqueue(List<JobRequest> batch) {
        Inserted inserted = insert(batch, null);
        inserted.announce();
        return inserted.enqueued();
    }

    /**
     * Enqueues {@code batch} inside the caller's {@code transaction}. Listeners and workers hear of it
     * only through {@link TransactionalEnqueue#committed()}, since only the caller sees the commit.
     */
    public TransactionalEnqueue enqueue(List<JobRequest> batch, Connection transaction) {
        Inserted inserted = insert(batch, transaction);
        return new TransactionalEnqueue(inserted.enqueued(), inserted::announce);
    }

    private Inserted insert(List<JobRequest> batch, Connection transaction) {
        if (batch.isEmpty()) {
            return new Inserted(List.of(), List.of(), List.of());
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
        for (InsertResult r : results) {
            out.add(new Enqueued(JobIds.format(r.id()), r.state(), r.duplicate()));
        }
        return new Inserted(jobs, results, out);
    }

    /** Stored jobs, and how to tell listeners and workers about them once they are visible. */
    private final class Inserted {
        private final List<NewJob> jobs;
        private final List<InsertResult> results;
        private final List<Enqueued> enqueued;

        Inserted(List<NewJob> jobs, List<InsertResult> results, List<Enqueued> enqueued) {
            this.jobs = jobs;
            this.results = results;
            this.enqueued = enqueued;
        }

        List<Enqueued> enqueued() {
            return enqueued;
        }

        void announce() {
            Set<String> available = new LinkedHashSet<>();
            for (int i = 0; i < results.size(); i++) {
                InsertResult r = results.get(i);
                NewJob job = jobs.get(i);
                if (r.duplicate()) {
                    continue;
                }
                if (r.state() == JobState.AVAILABLE) {
                    available.add(job.queue());
                }
                if (!events.isEmpty()) {
                    events.emit(new JobEvent(JobEvent.Kind.ENQUEUED, JobIds.format(r.id()), job.type(), job.queue(), 0,
                            job.meta(), clock.instant(), null, null, null));
                }
            }
            available.forEach(wake);
        }
    }
}
