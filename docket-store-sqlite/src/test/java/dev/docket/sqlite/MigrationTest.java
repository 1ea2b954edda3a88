package dev.docket.sqlite;

import static dev.docket.sqlite.TestStores.T0;
import static dev.docket.sqlite.TestStores.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.StoreException;
import dev.docket.jdbc.SqlScript;
import dev.docket.spi.ClaimParams;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations: idempotent, safe from several stores at once, optional, and printable as a script. */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void migratingTwiceChangesNothing() throws Exception {
        Path file = dir.resolve("docket.db");
        try (SqliteStore store = SqliteStore.builder().path(file).build()) {
            store.migrate();
            long id = TestStores.insert(store, job("q"), T0);
            store.migrate();
            assertThat(Schema.migrate(new SqliteFile(file, Duration.ofSeconds(5)))).as("migrations run").isZero();
            assertThat(store.queries().find(id)).isPresent();
        }
        assertThat(versions(file)).containsExactly(1, 2);
    }

    /** Several rounds, each on a new file: the race to switch a new file to WAL mode is brief. */
    @Test
    void storesOpeningAndMigratingOneNewFileAtOnceAllSucceed() throws Exception {
        for (int round = 0; round < 10; round++) {
            openAndMigrateAtOnce(dir.resolve("new" + round + "/docket.db"), 6);
        }
    }

    private void openAndMigrateAtOnce(Path file, int stores) throws Exception {
        CyclicBarrier start = new CyclicBarrier(stores);
        ExecutorService pool = Executors.newFixedThreadPool(stores);
        List<Future<SqliteStore>> opened = new ArrayList<>();
        for (int i = 0; i < stores; i++) {
            opened.add(pool.submit(() -> {
                start.await();
                SqliteStore store = SqliteStore.builder().path(file).build();
                store.migrate();
                return store;
            }));
        }
        List<SqliteStore> all = new ArrayList<>();
        try {
            for (Future<SqliteStore> f : opened) {
                all.add(f.get(60, TimeUnit.SECONDS));
            }
            for (SqliteStore store : all) {
                TestStores.insert(store, job("q"), T0);
            }
            assertThat(all.get(0).queries().countByQueueAndState()).singleElement()
                    .satisfies(c -> assertThat(c.count()).isEqualTo(stores));
        } finally {
            all.forEach(SqliteStore::close);
            pool.shutdownNow();
        }
        assertThat(versions(file)).containsExactly(1, 2);
    }

    @Test
    void aStoreToldNotToMigrateRefusesAnOldSchemaAndAcceptsACurrentOne() {
        Path file = dir.resolve("docket.db");
        try (SqliteStore checking = SqliteStore.builder().path(file).migrate(false).build()) {
            assertThatThrownBy(checking::migrate)
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("schema version 0")
                    .hasMessageContaining("needs version 2")
                    .hasMessageContaining("schemaScript");
            try (SqliteStore migrating = SqliteStore.builder().path(file).build()) {
                migrating.migrate();
            }
            checking.migrate();
            assertThat(TestStores.insert(checking, job("q"), T0)).isPositive();
        }
    }

    @Test
    void theSchemaScriptBuildsAWorkingStore() throws Exception {
        String script = SqliteStore.schemaScript();
        assertThat(script)
                .contains("CREATE TABLE IF NOT EXISTS docket_schema_version")
                .contains("CREATE TABLE docket_jobs")
                .contains("CREATE INDEX docket_jobs_claim ON docket_jobs (queue, priority, run_at, id)"
                        + " WHERE state = 'available'")
                .contains("CREATE UNIQUE INDEX docket_jobs_unique_key")
                .contains("INSERT INTO docket_schema_version (version, description) VALUES (1, 'create tables')");
        Path file = dir.resolve("scripted.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : SqlScript.split(script)) {
                st.execute(sql);
            }
        }
        try (SqliteStore store = SqliteStore.builder().path(file).migrate(false).databaseClock(false).build()) {
            store.migrate();
            long id = TestStores.insert(store, job("q"), T0);
            assertThat(store.jobs().claim(new ClaimParams(List.of("q"), Set.of(), Set.of(), 5, Duration.ofMinutes(1),
                    "w", T0))).singleElement().satisfies(j -> assertThat(j.id()).isEqualTo(id));
        }
    }

    private static List<Integer> versions(Path file) throws Exception {
        List<Integer> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM docket_schema_version ORDER BY version")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }
}
