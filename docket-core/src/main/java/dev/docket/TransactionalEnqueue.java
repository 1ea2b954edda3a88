package dev.docket;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Jobs stored inside the caller's JDBC transaction, by {@link Docket#enqueueInTransaction}. They
 * exist only if that transaction commits. Docket cannot see the commit, so the caller says when it
 * happened: {@link #committed()} then tells the listeners ({@link JobEvent.Kind#ENQUEUED}) and wakes
 * this process's idle workers at once instead of at their next poll. After a rollback, simply drop
 * this object.
 *
 * <pre>{@code
 * TransactionalEnqueue pending = docket.enqueueInTransaction(connection, List.of(request));
 * connection.commit();
 * pending.committed();
 * }</pre>
 */
public final class TransactionalEnqueue {
    private final List<Enqueued> jobs;
    private final Runnable afterCommit;
    private final AtomicBoolean done = new AtomicBoolean();

    /**
     * @param jobs what the enqueue returned, in request order
     * @param afterCommit what to do once the transaction has committed
     */
    public TransactionalEnqueue(List<Enqueued> jobs, Runnable afterCommit) {
        this.jobs = List.copyOf(jobs);
        this.afterCommit = Objects.requireNonNull(afterCommit, "afterCommit");
    }

    /** The stored jobs, in request order (visible to others only after the commit). */
    public List<Enqueued> jobs() {
        return jobs;
    }

    /** Call once the transaction has committed; later calls do nothing. Never throws. */
    public void committed() {
        if (done.compareAndSet(false, true)) {
            afterCommit.run();
        }
    }
}
