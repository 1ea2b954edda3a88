package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.StoreException;
import dev.docket.it.TestPostgres;
import dev.docket.spi.InsertParams;
import dev.docket.spi.NewJob;
import dev.docket.spi.Store;
import dev.docket.spi.StoreInfo;
import dev.docket.spi.Stores;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stores opened from URLs: their pool, their description, and recovery after lost connections. */
class ProviderAndConnectionLossTest {
    private final TestPostgres pg = TestPostgres.get();
    private String schema;

    @BeforeEach
    void schema() {
        schema = pg.newSchema("docket_url");
    }

    @AfterEach
    void drop() {
        pg.dropSchema(schema);
    }

    @Test
    void aUrlOpensAStoreOnItsSchemaWithItsOwnPool() {
        String url = pg.jdbcUrl(schema) + "&poolSize=2";
        assertThat(new PostgresStoreProvider().supports(url)).isTrue();
        assertThat(new PostgresStoreProvider().supports("sqlite:x.db")).isFalse();
        try (Store store = Stores.open(url)) {
            store.migrate();
            StoreInfo info = store.info();
            assertThat(info.kind()).isEqualTo("postgres");
            assertThat(info.durable()).isTrue();
            assertThat(info.databaseClock()).isTrue();
            assertThat(info.transactionalInsert()).isTrue();
            assertThat(info.notifications()).isTrue();
            assertThat(info.description()).contains(schema).doesNotContain("poolSize");
            assertThat(((PostgresStore) store).schema()).isEqualTo(schema);
            store.jobs().insert(InsertParams.of(List.of(NewJob.of("t", "q", "{}")), Instant.now()));
            assertThat(store.queries().countByQueueAndState()).hasSize(1);
        }
    }

    @Test
    void anUnreachableDatabaseIsAStoreExceptionNamingIt() {
        assertThatThrownBy(() -> new PostgresStoreProvider().open(
                "jdbc:postgresql://127.0.0.1:1/nowhere?user=x&password=secret&connectTimeout=1"))
                .isInstanceOf(StoreException.class).hasMessageContaining("127.0.0.1:1")
                .hasMessageNotContaining("secret");
    }

    @Test
    void callsFailWithStoreExceptionWhileConnectionsDieAndWorkAgainAfterwards() throws Exception {
        try (Store store = Stores.open(pg.jdbcUrl(schema) + "&poolSize=2&ApplicationName=docket-" + schema)) {
            store.migrate();
            store.ping();
            int killed = terminate("docket-" + schema);
            assertThat(killed).isPositive();
            Await.until("the store to answer again", Duration.ofSeconds(20), () -> {
                try {
                    store.jobs().insert(InsertParams.of(List.of(NewJob.of("t", "q", "{}")), Instant.now()));
                    return true;
                } catch (StoreException e) {
                    assertThat(e.getMessage()).startsWith("inserting 1 job(s) failed");
                    return false;
                }
            });
            store.ping();
            assertThat(store.queries().countByQueueAndState()).hasSize(1);
        }
    }

    private int terminate(String applicationName) throws Exception {
        try (Connection admin = pg.connect(null);
             PreparedStatement ps = admin.prepareStatement("SELECT count(pg_terminate_backend(pid))"
                     + " FROM pg_stat_activity WHERE application_name = ?")) {
            ps.setString(1, applicationName);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
