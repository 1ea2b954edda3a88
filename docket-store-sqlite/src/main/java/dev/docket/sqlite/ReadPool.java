package dev.docket.sqlite;

import dev.docket.StoreException;
import dev.docket.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small pool of read connections. In WAL mode each read sees the last committed state and never
 * waits for the writer, so reads (admin queries, dashboards) do not slow the hot path down.
 */
final class ReadPool implements AutoCloseable {
    /** Work done on a read connection. */
    @FunctionalInterface
    interface Read<T> {
        T run(Connection connection) throws SQLException;
    }

    private final SqliteFile file;
    private final int size;
    private final BlockingQueue<Connection> idle;
    private final AtomicInteger opened = new AtomicInteger();
    private volatile boolean closed;

    ReadPool(SqliteFile file, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("read connections must be at least 1, was " + size);
        }
        this.file = file;
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    /** Runs {@code read} on a pooled connection; {@code doing} names it in errors. */
    <T> T read(String doing, Read<T> read) {
        Connection c = borrow(doing);
        try {
            return read.run(c);
        } catch (SQLException e) {
            throw Sql.failure(doing, e);
        } finally {
            giveBack(c);
        }
    }

    private Connection borrow(String doing) {
        if (closed) {
            throw new StoreException(doing + " failed: the SQLite store is closed");
        }
        Connection c = idle.poll();
        if (c != null) {
            return c;
        }
        if (opened.incrementAndGet() <= size) {
            try {
                return file.openReader();
            } catch (SQLException e) {
                opened.decrementAndGet();
                throw Sql.failure(doing + " (opening a read connection to " + file.path() + ")", e);
            }
        }
        opened.decrementAndGet();
        try {
            while (true) {
                c = idle.poll(100, TimeUnit.MILLISECONDS);
                if (c != null) {
                    return c;
                }
                if (closed) {
                    throw new StoreException(doing + " failed: the SQLite store is closed");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(doing + " interrupted while waiting for a read connection", e);
        }
    }

    private void giveBack(Connection c) {
        if (closed || !idle.offer(c)) {
            closeQuietly(c);
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c;
        while ((c = idle.poll()) != null) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the pool is going away
        }
    }
}
