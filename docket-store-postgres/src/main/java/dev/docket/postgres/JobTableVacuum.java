package dev.docket.postgres;

import dev.docket.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vacuums the job table when its dead rows pile up and nothing else has vacuumed it lately.
 *
 * <p>Every claim, outcome and prune leaves dead row versions and index entries in the job table;
 * until vacuum removes them, the table and its indexes grow and every statement on it slows down.
 * Autovacuum normally does this, but it can be off, or wake too rarely for a table that churns
 * through tens of thousands of jobs a second. The leader asks {@link #maybeRun()} after each staging
 * round (about once a second) and each prune: at most every {@link #CHECK_EVERY_MS}, it reads the
 * table's statistics and, when the dead rows exceed {@link #MIN_DEAD} and a fifth of the live ones
 * and no vacuum finished within that time, starts a vacuum on its own thread (see
 * {@link #vacuumSql(int)}). After its own vacuum it rests
 * {@link #REST_FACTOR} times as long as that vacuum took (at least the check interval), so vacuuming
 * takes at most a fifth of the time however large the table is. Turned off with
 * {@link PostgresStoreBuilder#vacuum(boolean)}.
 */
final class JobTableVacuum implements AutoCloseable {
    static final long CHECK_EVERY_MS = 1_000;
    static final long MIN_DEAD = 50_000;
    static final int REST_FACTOR = 4;
    private static final long CHECK_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(CHECK_EVERY_MS);
    private static final Logger log = LoggerFactory.getLogger(JobTableVacuum.class);

    private final PgContext ctx;
    private final boolean enabled;
    private final LongSupplier nanos;
    private final AtomicBoolean running = new AtomicBoolean();
    private final String statsSql;
    /** No look at the statistics before this: a check interval after the last look, or the rest after a vacuum. */
    private volatile long nextCheckAt;
    private volatile boolean closed;
    private volatile Thread thread;

    JobTableVacuum(PgContext ctx, boolean enabled) {
        this(ctx, enabled, System::nanoTime);
    }

    /** With {@code nanos} as the clock (tests move it by hand). */
    JobTableVacuum(PgContext ctx, boolean enabled, LongSupplier nanos) {
        this.ctx = ctx;
        this.enabled = enabled;
        this.nanos = nanos;
        this.nextCheckAt = nanos.getAsLong();
        this.statsSql = "SELECT n_live_tup, n_dead_tup, GREATEST(last_vacuum, last_autovacuum) > now() - ?::int8"
                + " * interval '1 millisecond' FROM pg_stat_user_tables WHERE schemaname = ? AND relname = 'docket_jobs'";
    }

    /** Starts a vacuum if one is due; returns whether it started one (it runs on its own thread). */
    boolean maybeRun() {
        long now = nanos.getAsLong();
        if (!enabled || closed || running.get() || now - nextCheckAt < 0) {
            return false;
        }
        nextCheckAt = now + CHECK_EVERY_NANOS;
        if (!due() || !running.compareAndSet(false, true)) {
            return false;
        }
        Thread t = new Thread(this::vacuum, "docket-postgres-vacuum-" + ctx.schema());
        t.setDaemon(true);
        thread = t;
        t.start();
        return true;
    }

    /** Whether one of its vacuums is running now. */
    boolean running() {
        return running.get();
    }

    /** Whether the statistics say the job table needs a vacuum nobody gave it lately. */
    boolean due() {
        return ctx.db().call("reading the job table's statistics", c -> {
            try (PreparedStatement ps = c.prepareStatement(statsSql)) {
                ps.setLong(1, CHECK_EVERY_MS);
                ps.setString(2, ctx.schema());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    long live = rs.getLong(1);
                    long dead = rs.getLong(2);
                    boolean recent = rs.getBoolean(3);
                    return !recent && dead >= MIN_DEAD && dead >= live / 5;
                }
            }
        });
    }

    /** How long to rest after a vacuum of ours that took {@code tookNanos}. */
    static long restNanos(long tookNanos) {
        return Math.max(CHECK_EVERY_NANOS, REST_FACTOR * tookNanos);
    }

    private void vacuum() {
        long start = nanos.getAsLong();
        try {
            ctx.db().call("vacuuming the job table", this::vacuumOn);
        } catch (StoreException e) {
            if (!closed) {
                log.warn("could not vacuum {}.docket_jobs: {}", ctx.schema(), e.getMessage());
            }
        } finally {
            long end = nanos.getAsLong();
            log.debug("vacuum of {}.docket_jobs ended after {} ms", ctx.schema(),
                    TimeUnit.NANOSECONDS.toMillis(end - start));
            nextCheckAt = end + restNanos(end - start);
            running.set(false);
        }
    }

    /**
     * The vacuum statement for a server of the given major version. It skips the table at once if
     * another vacuum holds it, and on PostgreSQL 13 and later vacuums the indexes itself: the job
     * table's indexes are a few megabytes, and starting parallel workers for them (new server
     * processes) would cost more than it saves. It never truncates the table (the migration to
     * version 4 turns that off for every vacuum).
     */
    String vacuumSql(int serverMajorVersion) {
        return (serverMajorVersion >= 13 ? "VACUUM (SKIP_LOCKED, PARALLEL 0) " : "VACUUM (SKIP_LOCKED) ") + ctx.jobs;
    }

    /** VACUUM refuses to run inside a transaction, so the connection is put in auto-commit for it. */
    private Void vacuumOn(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        if (!autoCommit) {
            c.commit();
            c.setAutoCommit(true);
        }
        try (Statement st = c.createStatement()) {
            st.execute(vacuumSql(c.getMetaData().getDatabaseMajorVersion()));
        } finally {
            if (!autoCommit) {
                c.setAutoCommit(false);
            }
        }
        return null;
    }

    /** Stops starting vacuums and waits briefly for a running one. */
    @Override
    public void close() {
        closed = true;
        Thread t = thread;
        if (t != null) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
