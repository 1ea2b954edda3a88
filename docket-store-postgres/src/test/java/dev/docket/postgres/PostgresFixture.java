package dev.docket.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.docket.it.TestPostgres;
import dev.docket.spi.Store;
import dev.docket.tck.StoreFixture;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stores for the conformance suite and this module's tests: each in a fresh schema of the test
 * PostgreSQL, on a small HikariCP pool it closes with it; disposing the last store of a schema
 * drops the schema. Peers are further stores on the same schema, as another process would open.
 */
public final class PostgresFixture implements StoreFixture {
    private static final int POOL_SIZE = 4;

    /** Schemas whose stores are all disposed, emptied and ready for the next store (migrating is the slow part). */
    private static final Queue<String> RECYCLED = new ConcurrentLinkedQueue<>();
    private static final List<String> TABLES = List.of("docket_errors", "docket_jobs", "docket_queues",
            "docket_processes", "docket_leaders", "docket_schedules", "docket_schedule_ticks");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RECYCLED.forEach(s -> {
            try {
                TestPostgres.get().dropSchema(s);
            } catch (RuntimeException ignored) {
                // the server may already be gone
            }
        })));
    }

    private final Map<Store, String> created = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public Store create(boolean databaseClock) {
        String schema = RECYCLED.poll();
        return createOn(schema != null ? schema : TestPostgres.get().newSchema("docket_test"), databaseClock);
    }

    /** A migrated store on {@code schema} (which may already hold Docket's tables). */
    public PostgresStore createOn(String schema, boolean databaseClock) {
        PostgresStore store = open(schema, databaseClock);
        created.put(store, schema);
        return store;
    }

    /** A store on {@code schema} owning its pool (closing the store closes the pool). */
    static PostgresStore open(String schema, boolean databaseClock) {
        HikariDataSource pool = pool(schema);
        try {
            return PostgresStore.builder().dataSource(pool).ownedPool(pool).schema(schema)
                    .databaseClock(databaseClock).build();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    @Override
    public Optional<Store> openPeer(Store store) {
        return Optional.of(open(schemaOf(store), store.info().databaseClock()));
    }

    static HikariDataSource pool(String schema) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(TestPostgres.get().jdbcUrl(schema));
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("test-" + schema);
        return new HikariDataSource(config);
    }

    /** The schema of a store this fixture created. */
    public String schemaOf(Store store) {
        return created.get(store);
    }

    @Override
    public Optional<Connection> connect(Store store) throws SQLException {
        Connection c = TestPostgres.get().connect(schemaOf(store));
        c.setAutoCommit(false);
        return Optional.of(c);
    }

    @Override
    public void dispose(Store store) {
        store.close();
        String schema = created.remove(store);
        if (schema != null && !created.containsValue(schema)) {
            recycle(schema);
        }
    }

    /**
     * Empties {@code schema}'s tables for the next store; drops it instead when a test left other
     * objects in it (an application table, say) or emptying fails.
     */
    private static void recycle(String schema) {
        try (Connection c = TestPostgres.get().connect(schema); Statement st = c.createStatement()) {
            try (java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_class k JOIN pg_namespace n"
                    + " ON n.oid = k.relnamespace WHERE n.nspname = '" + schema + "' AND k.relkind IN ('r', 'v', 'm', 'p')"
                    + " AND k.relname NOT IN ('docket_schema_version', '" + String.join("', '", TABLES) + "')")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    TestPostgres.get().dropSchema(schema);
                    return;
                }
            }
            st.execute("TRUNCATE " + String.join(", ", TABLES.stream().map(t -> schema + "." + t).toList())
                    + " RESTART IDENTITY CASCADE");
            RECYCLED.add(schema);
        } catch (SQLException e) {
            TestPostgres.get().dropSchema(schema);
        }
    }
}
