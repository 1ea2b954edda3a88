package dev.docket.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.bench.options.UsageException;
import dev.docket.it.TestPostgres;
import dev.docket.spi.Store;
import dev.docket.spi.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreResetTest {
    @TempDir
    Path dir;

    @Test
    void deletesASqliteStoreAndItsSideFiles() throws Exception {
        Path file = dir.resolve("b.db");
        try (Store store = Stores.open("sqlite:" + file)) {
            store.migrate();
        }
        assertThat(StoreReset.reset(StoreTarget.of("sqlite:" + file))).startsWith("deleted");
        assertThat(file).doesNotExist();
        assertThat(Path.of(file + "-wal")).doesNotExist();
        assertThat(StoreReset.reset(StoreTarget.of("sqlite:" + file))).startsWith("no file");
    }

    @Test
    void refusesToDeleteAFileThatIsNotADocketStore() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.db"), "my notes, not a database");
        assertThatThrownBy(() -> StoreReset.reset(StoreTarget.of("sqlite:" + text)))
                .isInstanceOf(UsageException.class).hasMessageContaining("not a SQLite database");
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE customers (id INTEGER)");
        }
        assertThatThrownBy(() -> StoreReset.reset(StoreTarget.of("sqlite:" + other)))
                .isInstanceOf(UsageException.class).hasMessageContaining("customers");
        assertThat(text).exists();
        assertThat(other).exists();
    }

    @Test
    void refusesPostgresUrlsWithoutASchemaOfTheirOwn() {
        assertThatThrownBy(() -> StoreReset.reset(StoreTarget.of("jdbc:postgresql://127.0.0.1/test")))
                .isInstanceOf(UsageException.class).hasMessageContaining("currentSchema");
        assertThatThrownBy(() -> StoreReset.reset(StoreTarget.of("jdbc:postgresql://127.0.0.1/test?currentSchema=public")))
                .isInstanceOf(UsageException.class).hasMessageContaining("currentSchema");
        assertThatThrownBy(() -> StoreReset.reset(StoreTarget.of("jdbc:postgresql://127.0.0.1/test?currentSchema=Bench")))
                .isInstanceOf(UsageException.class).hasMessageContaining("lower-case");
    }

    @Test
    void recreatesAPostgresSchemaButNotOneWithOtherTables() throws Exception {
        TestPostgres pg = TestPostgres.get();
        String schema = pg.newSchema("bench_reset");
        try {
            StoreTarget target = StoreTarget.of(pg.jdbcUrl(schema));
            try (Store store = Stores.open(target.url())) {
                store.migrate();
            }
            assertThat(StoreReset.reset(target)).contains(schema);
            try (Connection c = pg.connect(schema); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE " + schema + ".customers (id int)");
            }
            assertThatThrownBy(() -> StoreReset.reset(target))
                    .isInstanceOf(UsageException.class).hasMessageContaining("customers");
        } finally {
            pg.dropSchema(schema);
        }
    }
}
