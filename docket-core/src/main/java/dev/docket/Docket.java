package dev.docket;

import dev.docket.admin.DocketAdmin;
import dev.docket.admin.ExternalWorkers;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one entry point applications use: enqueue jobs, run workers, look at and steer jobs.
 *
 * <pre>{@code
 * try (Docket docket = Docket.builder()
 *         .queue("mail", 4)
 *         .handle(SendWelcome.TYPE, (job, ctx) -> mailer.send(job.userId()))
 *         .build()) {
 *     docket.start();
 *     docket.enqueue(new SendWelcome(42), o -> o.queue("mail").delay(Duration.ofMinutes(5)));
 * }
 * }</pre>
 *
 * <p>A Docket that is never started only enqueues and administers (for web nodes that push work
 * to separate worker processes). {@link #close()} stops gracefully: no new jobs are fetched,
 * running ones get the grace period to finish, the rest are handed back at once.
 */
public interface Docket extends AutoCloseable {

    /** A builder; see {@link DocketBuilder} for the settings and their defaults. */
    static DocketBuilder builder() {
        return new DocketBuilder();
    }

    /** Starts the workers and maintenance. Idempotent. */
    Docket start();

    /** Whether {@link #start()} was called and {@link #close()} not yet. */
    boolean isRunning();

    /** Enqueues a job whose type is registered for {@code args}'s class. */
    default Enqueued enqueue(Object args) {
        return enqueue(JobRequest.of(args));
    }

    /** Enqueues a job whose type is registered for {@code args}'s class, with options. */
    default Enqueued enqueue(Object args, Consumer<JobOptions> options) {
        return enqueue(JobRequest.of(args).with(options));
    }

    /** Enqueues a job of {@code type}. */
    default <A> Enqueued enqueue(JobType<A> type, A args, Consumer<JobOptions> options) {
        return enqueue(JobRequest.of(type, args).with(options));
    }

    /** Enqueues a job of the named type; {@code args} may be a record, POJO, map or {@link RawJson}. */
    default Enqueued enqueue(String type, Object args, Consumer<JobOptions> options) {
        return enqueue(JobRequest.of(type, args).with(options));
    }

    /**
     * Enqueues one job. When this returns, the job is stored (on disk, for durable stores).
     *
     * @throws IllegalArgumentException when the request is invalid (unknown class, bad arguments)
     * @throws StoreException when the store could not take it; then it was not acknowledged
     */
    default Enqueued enqueue(JobRequest request) {
        return enqueueAll(List.of(request)).get(0);
    }

    /** Enqueues several jobs in one transaction: all or nothing. Results are in request order. */
    List<Enqueued> enqueueAll(List<JobRequest> requests);

    /**
     * Enqueues inside the caller's JDBC transaction: the job becomes visible, and runs, only if that
     * transaction commits. The connection must belong to the store's database.
     *
     * @throws UnsupportedOperationException when the store cannot join JDBC transactions
     */
    default Enqueued enqueue(Connection transaction, JobRequest request) {
        return enqueueAll(transaction, List.of(request)).get(0);
    }

    /** {@link #enqueue(Connection, JobRequest)} for several jobs. */
    List<Enqueued> enqueueAll(Connection transaction, List<JobRequest> requests);

    /**
     * {@link #enqueueAll(Connection, List)} for callers that learn when the transaction commits
     * (frameworks with transaction synchronization): calling {@link TransactionalEnqueue#committed()}
     * afterwards tells listeners about the jobs and wakes local workers at once.
     *
     * @throws UnsupportedOperationException when the store cannot join JDBC transactions
     */
    TransactionalEnqueue enqueueInTransaction(Connection transaction, List<JobRequest> requests);

    /**
     * This process's id in the store's process registry: the {@link dev.docket.admin.ProcessView#id()}
     * that {@link DocketAdmin#processes()} lists while this Docket runs.
     */
    String processId();

    /** The read and operator model: jobs, queues, counts, processes. */
    DocketAdmin admin();

    /** The protocol for workers outside this process (other languages, over HTTP). */
    ExternalWorkers externalWorkers();

    /** Stops gracefully within {@code grace}, then releases the store. Idempotent. */
    void close(Duration grace);

    /** Stops gracefully within the configured shutdown grace period. */
    @Override
    void close();
}
