package dev.docket.sqlite;

import dev.docket.StoreException;
import dev.docket.spi.Notifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer: one thread and one connection through which every write of the store goes.
 *
 * <p>The thread takes whatever requests wait in its queue (up to {@value #MAX_GROUP}) and runs them
 * in one {@code BEGIN IMMEDIATE … COMMIT} transaction, so many concurrent callers share one fsync
 * (group commit). Each request runs inside its own savepoint: a request that fails is rolled back
 * alone and gets its own exception while the others commit. If SQLite abandons the whole
 * transaction (an I/O error, a full disk), the requests that had succeeded are run again in a new
 * one. A transaction never outlives its group, so other processes sharing the file wait at most
 * one group for the write lock.
 *
 * <p>Callers block until their group has committed (and is on disk, with {@code synchronous=FULL}),
 * then publish the request's notifications on their own thread.
 */
final class Writer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Writer.class);
    private static final int MAX_GROUP = 256;
    private static final WriteRequest<Void> STOP = new WriteRequest<>("stopping", false, tx -> null);

    private final Connection connection;
    private final StatementCache statements;
    private final boolean databaseClock;
    private final Notifier notifier;
    private final BlockingQueue<WriteRequest<?>> queue = new LinkedBlockingQueue<>();
    private final Object lifecycle = new Object();
    private final Thread thread;
    private final AtomicLong commits = new AtomicLong();
    private boolean closed;
    private Boolean syncing;

    Writer(Connection connection, boolean databaseClock, Notifier notifier, String name) {
        this.connection = connection;
        this.statements = new StatementCache(connection);
        this.databaseClock = databaseClock;
        this.notifier = notifier;
        this.thread = new Thread(this::loop, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Runs {@code work} in the writer's next transaction and waits until it has committed and is
     * on disk.
     *
     * @param doing what the work does, for error messages ("inserting a job")
     */
    <T> T submit(String doing, WriteRequest.Work<T> work) {
        return submit(new WriteRequest<>(doing, true, work));
    }

    /**
     * Runs {@code work} in the writer's next transaction and waits until it has committed, without
     * waiting for the disk when no other request of its group needs it. Only for writes whose loss
     * in a power failure is harmless: claims and lease renewals, which such a failure undoes
     * anyway by stopping every worker of the machine (their jobs come back as available or are
     * rescued). A later synced commit makes them durable too.
     */
    <T> T submitUnsynced(String doing, WriteRequest.Work<T> work) {
        return submit(new WriteRequest<>(doing, false, work));
    }

    private <T> T submit(WriteRequest<T> request) {
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("a write submitted from the writer thread would wait for itself");
        }
        String doing = request.doing();
        synchronized (lifecycle) {
            if (closed) {
                throw new StoreException(doing + " failed: the SQLite store is closed");
            }
            queue.add(request);
        }
        T value = request.await();
        for (Tx.Notification n : request.notifications()) {
            notifier.publish(n.topic(), n.payload());
        }
        return value;
    }

    /** How many transactions the writer has committed (for tests and diagnostics). */
    long commits() {
        return commits.get();
    }

    /** How many requests wait for the next transaction. */
    int queued() {
        return queue.size();
    }

    private void loop() {
        List<WriteRequest<?>> group = new ArrayList<>();
        boolean stop = false;
        while (!stop) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(group, MAX_GROUP - 1);
            stop = group.remove(STOP);
            try {
                if (!group.isEmpty()) {
                    commitGroup(group);
                }
            } catch (Throwable e) {
                log.error("the SQLite writer failed outside any request; failing its group", e);
                rollbackQuietly();
                group.forEach(r -> r.fail(e));
            }
            group.clear();
        }
        WriteRequest<?> left;
        while ((left = queue.poll()) != null) {
            left.fail(new StoreException("the SQLite store was closed before the write ran"));
        }
    }

    private void commitGroup(List<WriteRequest<?>> group) {
        List<WriteRequest<?>> pending = group;
        while (!pending.isEmpty()) {
            try {
                sync(pending.stream().anyMatch(WriteRequest::synced));
                execute("BEGIN IMMEDIATE");
            } catch (SQLException e) {
                pending.forEach(r -> r.fail(e));
                return;
            }
            List<WriteRequest<?>> ran = new ArrayList<>(pending.size());
            List<WriteRequest<?>> again = null;
            for (int i = 0; i < pending.size(); i++) {
                WriteRequest<?> request = pending.get(i);
                try {
                    execute("SAVEPOINT docket_request");
                    request.run(Tx.onWriter(statements, connection, databaseClock));
                    execute("RELEASE docket_request");
                    ran.add(request);
                } catch (Throwable e) {
                    request.fail(e);
                    if (!rollbackRequest()) {
                        log.warn("SQLite abandoned the write transaction; running {} request(s) again",
                                ran.size() + pending.size() - i - 1, e);
                        again = new ArrayList<>(ran);
                        again.addAll(pending.subList(i + 1, pending.size()));
                        break;
                    }
                }
            }
            if (again != null) {
                rollbackQuietly();
                pending = again;
                continue;
            }
            try {
                execute("COMMIT");
            } catch (SQLException e) {
                rollbackQuietly();
                ran.forEach(r -> r.fail(e));
                return;
            }
            commits.incrementAndGet();
            ran.forEach(WriteRequest::succeed);
            return;
        }
    }

    /** Makes the next commit wait for the disk ({@code synchronous=FULL}) or not ({@code NORMAL}). */
    private void sync(boolean full) throws SQLException {
        if (syncing == null || syncing != full) {
            execute(full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
            syncing = full;
        }
    }

    /** Undoes the failed request's changes; false when the whole transaction is gone. */
    private boolean rollbackRequest() {
        try {
            execute("ROLLBACK TO docket_request");
            execute("RELEASE docket_request");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            log.debug("rollback found no transaction", e);
        }
    }

    private void execute(String sql) throws SQLException {
        statements.get(sql).execute();
    }

    /** Runs what is queued, then stops the thread and closes the connection. Idempotent. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(STOP);
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        statements.close();
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("closing the SQLite write connection failed", e);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
