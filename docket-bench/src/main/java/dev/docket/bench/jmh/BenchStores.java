package dev.docket.bench.jmh;

import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.NewJob;
import dev.docket.spi.Store;
import dev.docket.spi.Stores;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores for the micro-benchmarks, opened empty and filled with jobs outside the measured code:
 * {@code memory} (a new in-memory store) or {@code postgres} (the schema {@value #SCHEMA}, or the one
 * {@code -D}{@value #SCHEMA_PROPERTY} names, on the server {@code -D}{@value #PG_PROPERTY} names,
 * dropped and migrated afresh).
 */
final class BenchStores {
    static final String SCHEMA = "peers_jmh";
    static final String SCHEMA_PROPERTY = "docket.bench.schema";
    static final String PG_PROPERTY = "docket.bench.pg";
    static final String DEFAULT_PG = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    static final String QUEUE = "bench";
    private static final int INSERT_CHUNK = 1000;

    static {
        // the pool and the migrator log every fresh store at info; keep the benchmark output readable
        for (String name : new String[] {"com.zaxxer.hikari", "dev.docket"}) {
            String key = "org.slf4j.simpleLogger.log." + name;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
    }

    private BenchStores() {
    }

    /** A migrated, empty store of {@code kind} ({@code memory} or {@code postgres}). */
    static Store openEmpty(String kind) {
        Store store = switch (kind) {
            case "memory" -> Stores.open("memory:jmh");
            case "postgres" -> {
                execute("DROP SCHEMA IF EXISTS " + schema() + " CASCADE");
                String server = server();
                yield Stores.open(server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema());
            }
            default -> throw new IllegalArgumentException("unknown store kind '" + kind + "' (memory or postgres)");
        };
        store.migrate();
        return store;
    }

    /** Inserts {@code jobs} available no-op jobs in transactions of a thousand. */
    static void fill(Store store, int jobs) {
        Instant now = Instant.now();
        for (int done = 0; done < jobs; done += INSERT_CHUNK) {
            List<NewJob> chunk = new ArrayList<>(INSERT_CHUNK);
            for (int i = done; i < Math.min(jobs, done + INSERT_CHUNK); i++) {
                chunk.add(NewJob.of("bench.noop", QUEUE, "{\"n\":" + i + "}"));
            }
            store.jobs().insert(InsertParams.of(chunk, now));
        }
    }

    /** Claims every available job and returns their leases, in claim order. */
    static List<LeaseRef> claimAll(Store store, int jobs) {
        List<LeaseRef> leases = new ArrayList<>(jobs);
        while (leases.size() < jobs) {
            List<JobRecord> got = store.jobs().claim(claim(Math.min(INSERT_CHUNK, jobs - leases.size())));
            if (got.isEmpty()) {
                throw new IllegalStateException("only " + leases.size() + " of " + jobs + " jobs could be claimed");
            }
            got.forEach(j -> leases.add(new LeaseRef(j.id(), j.attempt())));
        }
        return leases;
    }

    /** A claim of up to {@code limit} jobs from the benchmark queue, leased for ten minutes. */
    static ClaimParams claim(int limit) {
        return new ClaimParams(List.of(QUEUE), null, null, limit, Duration.ofMinutes(10), "jmh", Instant.now());
    }

    private static String server() {
        return System.getProperty(PG_PROPERTY, DEFAULT_PG);
    }

    /** The schema the PostgreSQL benchmarks drop and recreate: only ever one of the benchmark's own. */
    static String schema() {
        String name = System.getProperty(SCHEMA_PROPERTY, SCHEMA);
        if (!name.matches("peers_[a-z0-9_]{1,50}")) {
            throw new IllegalArgumentException("-D" + SCHEMA_PROPERTY + "=" + name
                    + " must match peers_[a-z0-9_]+: the benchmark drops it");
        }
        return name;
    }

    /**
     * Refreshes PostgreSQL's statistics of the benchmark schema after a set-up step, so the measured
     * statements are planned for the table as it is (a burst of set-up writes is otherwise only seen
     * once autovacuum gets to it); nothing for the memory store.
     */
    static void analyze(String kind) {
        if (kind.equals("postgres")) {
            analyzeSchema();
        }
    }

    private static void analyzeSchema() {
        try (Connection c = DriverManager.getConnection(server());
                PreparedStatement ps = c.prepareStatement(
                        "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname = ?")) {
            ps.setString(1, schema());
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            try (Statement st = c.createStatement()) {
                for (String t : tables) {
                    st.execute("ANALYZE " + t);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("analyzing " + schema() + " failed: " + e.getMessage(), e);
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(server()); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + Stores.redact(server()) + ": " + e.getMessage(), e);
        }
    }
}
