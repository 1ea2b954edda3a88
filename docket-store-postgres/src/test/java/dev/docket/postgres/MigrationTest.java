package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.docket.it.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Migrations create the schema, run once under concurrency, and print as a script. */
class MigrationTest {
    private final TestPostgres pg = TestPostgres.get();
    private final List<String> schemas = new ArrayList<>();

    @AfterEach
    void drop() {
        schemas.forEach(pg::dropSchema);
    }

    /** A schema name that does not exist yet (the store creates it). */
    private String freshName() {
        String name = pg.newSchema("docket_mig");
        pg.dropSchema(name);
        schemas.add(name);
        return name;
    }

    @Test
    void manyProcessesMigratingAtOnceApplyEachVersionOnce() throws Exception {
        String schema = freshName();
        int threads = 6;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<HikariDataSource> pools = new ArrayList<>();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                HikariDataSource ds = PostgresFixture.pool(null);
                pools.add(ds);
                done.add(pool.submit(() -> {
                    start.await();
                    PostgresStore.builder().dataSource(ds).schema(schema).build().close();
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
            pools.forEach(HikariDataSource::close);
        }
        try (Connection c = pg.connect(null); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*), max(version) FROM " + schema
                    + ".docket_schema_version")) {
                rs.next();
                int latest = PgMigrationDialect.migrations(schema).size();
                assertThat(latest).isGreaterThanOrEqualTo(2);
                assertThat(rs.getInt(1)).isEqualTo(latest);
                assertThat(rs.getInt(2)).isEqualTo(latest);
            }
            try (ResultSet rs = st.executeQuery("SELECT array_to_string(reloptions, ',') FROM pg_class"
                    + " WHERE oid = '" + schema + ".docket_jobs'::regclass")) {
                rs.next();
                assertThat(rs.getString(1)).contains("autovacuum_vacuum_scale_factor=0.01", "vacuum_truncate=false");
            }
        }
    }

    @Test
    void aSchemaAtAnOlderVersionIsUpgradedInPlace() throws Exception {
        String schema = freshName();
        try (Connection c = pg.connect(null)) {
            new dev.docket.jdbc.Migrator(new PgMigrationDialect(schema),
                    PgMigrationDialect.migrations(schema).subList(0, 1)).migrate(c);
        }
        try (HikariDataSource ds = PostgresFixture.pool(null);
             PostgresStore store = PostgresStore.builder().dataSource(ds).schema(schema).build()) {
            assertThat(store.schedules().list()).isEmpty();
        }
        try (Connection c = pg.connect(null); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT max(version) FROM " + schema + ".docket_schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(PgMigrationDialect.migrations(schema).size());
        }
    }

    @Test
    void theSchemaScriptQualifiesEveryTableAndCreatesTheSchema() {
        String script = PostgresStore.schemaScript("Jobs_Schema");
        assertThat(script).startsWith("CREATE SCHEMA IF NOT EXISTS jobs_schema;")
                .contains("CREATE TABLE jobs_schema.docket_jobs", "CREATE TABLE jobs_schema.docket_errors",
                        "INSERT INTO jobs_schema.docket_schema_version")
                .doesNotContain("${");
        assertThatThrownBy(() -> PostgresStore.schemaScript("bad-name"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad-name");
    }

    @Test
    void theScriptBuildsAWorkingSchemaForAStoreThatDoesNotMigrate() throws Exception {
        String schema = freshName();
        try (Connection c = pg.connect(null); Statement st = c.createStatement()) {
            st.execute(PostgresStore.schemaScript(schema));
        }
        try (HikariDataSource ds = PostgresFixture.pool(null);
             PostgresStore store = PostgresStore.builder().dataSource(ds).schema(schema).migrate(false).build()) {
            store.migrate();
            store.ping();
            assertThat(store.queues().list()).isEmpty();
        }
    }

    @Test
    void aStoreToldNotToMigrateChecksTheSchemaInstead() throws Exception {
        String schema = pg.newSchema("docket_nomig");
        schemas.add(schema);
        try (PostgresStore store = PostgresStore.builder().dataSource(pg.dataSource(null)).schema(schema)
                .migrate(false).build()) {
            assertThatThrownBy(store::migrate).isInstanceOf(dev.docket.StoreException.class)
                    .hasMessageContaining("is at version 0 but this Docket needs version 4")
                    .hasMessageContaining("schemaScript");
            try (Connection c = pg.connect(null); Statement st = c.createStatement()) {
                for (String sql : dev.docket.jdbc.SqlScript.split(PostgresStore.schemaScript(schema))) {
                    st.execute(sql);
                }
            }
            store.migrate();
            assertThat(store.queries().countByQueueAndState()).isEmpty();
        }
    }
}
