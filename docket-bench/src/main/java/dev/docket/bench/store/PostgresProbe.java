package dev.docket.bench.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Plain JDBC reads of a PostgreSQL server beside the store, over one connection of its own: the
 * settings that decide a queue's speed, and the database's commit counter.
 *
 * <p>The counter is the whole database's, so other sessions' commits count too; and PostgreSQL
 * publishes a session's commits up to a second late (at once when the session ends).
 * {@link #settledCommits()} therefore reads until the counter stops moving.
 */
public final class PostgresProbe implements AutoCloseable {
    private static final List<String> SETTINGS = List.of("server_version", "fsync", "synchronous_commit",
            "full_page_writes", "wal_level", "shared_buffers", "max_wal_size", "work_mem", "autovacuum");
    private static final Duration SETTLE_STEP = Duration.ofMillis(250);
    private static final int SETTLE_STEPS = 12;

    private final Connection connection;

    public PostgresProbe(StoreTarget target) {
        try {
            this.connection = DriverManager.getConnection(target.jdbcUrl());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + target.redacted() + ": " + e.getMessage(), e);
        }
    }

    /** The server's settings that matter for a queue's speed, by name. */
    public Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement st = connection.createStatement()) {
            for (String name : SETTINGS) {
                try (ResultSet rs = st.executeQuery("SHOW " + name)) {
                    out.put(name, rs.next() ? rs.getString(1) : "?");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read PostgreSQL settings: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Runs ANALYZE on every table of {@code schema}, so the planner sees the rows an enqueue phase
     * just added instead of waiting for autovacuum (which looks at a database once a minute by default).
     */
    public void analyze(String schema) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables WHERE schemaname = ?")) {
            ps.setString(1, schema);
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            try (Statement st = connection.createStatement()) {
                for (String table : tables) {
                    st.execute("ANALYZE " + table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot analyze schema " + schema + ": " + e.getMessage(), e);
        }
    }

    /** Transactions committed in the current database, as published so far. */
    public long commits() {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read pg_stat_database: " + e.getMessage(), e);
        }
    }

    /** {@link #commits()} once two reads a quarter second apart agree (at most three seconds). */
    public long settledCommits() {
        long last = commits();
        for (int i = 0; i < SETTLE_STEPS; i++) {
            LockSupport.parkNanos(SETTLE_STEP.toNanos());
            long now = commits();
            if (now == last) {
                return now;
            }
            last = now;
        }
        return last;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a probe connection that failed changes no figure
        }
    }
}
