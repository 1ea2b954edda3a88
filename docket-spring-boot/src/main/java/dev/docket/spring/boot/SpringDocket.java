package dev.docket.spring.boot;

import dev.docket.Docket;
import dev.docket.Enqueued;
import dev.docket.JobRequest;
import dev.docket.TransactionalEnqueue;
import dev.docket.admin.DocketAdmin;
import dev.docket.admin.ExternalWorkers;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@link Docket} bean of a Spring application. It builds the real Docket on first use, when
 * every handler bean is known (normally at start-up, through {@link DocketLifecycle}), so beans that
 * enqueue can depend on it without cycles; and its enqueues join the application's transaction when
 * the store shares the application's DataSource (see {@code docs/spring-boot.md}).
 */
public final class SpringDocket implements Docket {
    private final Supplier<Docket> factory;
    private final EnqueueTransactions transactions;
    private final Object lock = new Object();
    private volatile Docket engine;
    private volatile boolean closed;

    SpringDocket(Supplier<Docket> factory, EnqueueTransactions transactions) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * A bean over a Docket built elsewhere (the test kit's), built on first use; its enqueues are
     * stored at once, never joining a transaction.
     */
    public static SpringDocket over(Supplier<Docket> factory) {
        return new SpringDocket(factory, EnqueueTransactions.IMMEDIATE);
    }

    /** The Docket behind this bean, built now if it was not yet. */
    public Docket engine() {
        Docket e = engine;
        if (e == null) {
            synchronized (lock) {
                if (closed) {
                    throw new IllegalStateException("this Docket is closed");
                }
                e = engine;
                if (e == null) {
                    e = Objects.requireNonNull(factory.get(), "the Docket factory returned null");
                    engine = e;
                }
            }
        }
        return e;
    }

    /** Whether enqueues made on this thread now would join the application's transaction. */
    public boolean joinsCurrentTransaction() {
        return transactions.joinsCurrentTransaction();
    }

    @Override
    public Docket start() {
        engine().start();
        return this;
    }

    @Override
    public boolean isRunning() {
        Docket e = engine;
        return e != null && e.isRunning();
    }

    @Override
    public List<Enqueued> enqueueAll(List<JobRequest> requests) {
        return transactions.enqueue(engine(), requests);
    }

    @Override
    public List<Enqueued> enqueueAll(Connection transaction, List<JobRequest> requests) {
        return engine().enqueueAll(transaction, requests);
    }

    @Override
    public TransactionalEnqueue enqueueInTransaction(Connection transaction, List<JobRequest> requests) {
        return engine().enqueueInTransaction(transaction, requests);
    }

    @Override
    public String processId() {
        return engine().processId();
    }

    @Override
    public DocketAdmin admin() {
        return engine().admin();
    }

    @Override
    public ExternalWorkers externalWorkers() {
        return engine().externalWorkers();
    }

    @Override
    public void close(Duration grace) {
        Docket e;
        synchronized (lock) {
            closed = true;
            e = engine;
        }
        if (e != null) {
            e.close(grace);
        }
    }

    @Override
    public void close() {
        Docket e;
        synchronized (lock) {
            closed = true;
            e = engine;
        }
        if (e != null) {
            e.close();
        }
    }

    @Override
    public String toString() {
        Docket e = engine;
        return "SpringDocket[" + (e == null ? "not built" : e.processId()) + "]";
    }
}
