package dev.docket.sqlite;

import dev.docket.StoreException;
import dev.docket.jdbc.Sql;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One caller's write, waiting in the writer's queue: the work, and once its group has committed
 * (or it failed), its own result or exception and the notifications to publish.
 */
final class WriteRequest<T> {
    /** Work done inside the writer's transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    private final String doing;
    private final boolean synced;
    private final Work<T> work;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private T value;
    private Tx tx;
    private volatile List<Tx.Notification> notifications = List.of();

    WriteRequest(String doing, boolean synced, Work<T> work) {
        this.doing = doing;
        this.synced = synced;
        this.work = work;
    }

    String doing() {
        return doing;
    }

    /** Whether the caller must get its answer only once the change is on disk. */
    boolean synced() {
        return synced;
    }

    /** Runs the work in the current transaction; its result is kept until {@link #succeed()}. */
    void run(Tx transaction) throws SQLException {
        this.tx = transaction;
        this.value = work.run(transaction);
    }

    /** The group committed: hands the result to the caller. */
    void succeed() {
        notifications = tx == null ? List.of() : tx.notifications();
        result.complete(value);
    }

    /** The request failed (or its group could not commit). */
    void fail(Throwable failure) {
        result.completeExceptionally(failure);
    }

    /** Waits for the outcome; failures come back as {@link StoreException} saying what was done. */
    T await() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(doing + " interrupted while waiting for the commit; it may still be applied", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw Sql.failure(doing, sql);
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new StoreException(doing + " failed: " + cause, cause);
        }
    }

    List<Tx.Notification> notifications() {
        return notifications;
    }
}
