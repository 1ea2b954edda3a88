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
 * PostgreSQL, on a small HikariCP pool the fixture owns; disposing drops the schema.
 */
public final class PostgresFixture implements StoreFixture {
    private static final int POOL_SIZE = 4;

    private final Map<Store, Created> created = new ConcurrentHashMap<>();

    private record Created(String schema, HikariDataSource pool) {
    }

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
        HikariDataSource pool = pool(schema);
        PostgresStore store = PostgresStore.builder().dataSource(pool).schema(schema)
                .databaseClock(databaseClock).build();
        created.put(store, new Created(schema, pool));
        return store;
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
        return created.get(store).schema();
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
        Created c = created.remove(store);
        if (c != null) {
            c.pool().close();
            if (created.values().stream().noneMatch(other -> other.schema().equals(c.schema()))) {
                TestPostgres.get().dropSchema(c.schema());
            }
        }
    }
}
