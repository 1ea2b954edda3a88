package dev.docket.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.docket.it.TestPostgres;
import dev.docket.spi.Store;
import dev.docket.tck.StoreFixture;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stores for the conformance suite and this module's tests: each in a fresh schema of the test
 * PostgreSQL, on a small HikariCP pool it closes with it; disposing the last store of a schema
 * drops the schema. Peers are further stores on the same schema, as another process would open.
 */
public final class PostgresFixture implements StoreFixture {
    private static final int POOL_SIZE = 4;

    private final Map<Store, String> created = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public Store create(boolean databaseClock) {
        return createOn(TestPostgres.get().newSchema("docket_test"), databaseClock);
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
            TestPostgres.get().dropSchema(schema);
        }
    }
}
