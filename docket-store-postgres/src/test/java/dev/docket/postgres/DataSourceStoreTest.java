package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.docket.it.TestPostgres;
import dev.docket.spi.InsertParams;
import dev.docket.spi.NewJob;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stores built on a data source the application owns. */
class DataSourceStoreTest {
    private final TestPostgres pg = TestPostgres.get();
    private String schema;

    @BeforeEach
    void schema() {
        schema = pg.newSchema("docket_ds");
    }

    @AfterEach
    void drop() {
        pg.dropSchema(schema);
    }

    @Test
    void aPlainPgjdbcDataSourceServesQueriesAndNotifications() throws Exception {
        try (PostgresStore store = PostgresStore.builder().dataSource(pg.dataSource(null)).schema(schema).build();
             Inbox inbox = Inbox.on(store.notifier())) {
            assertThat(store.info().description()).contains(schema).contains("PGSimpleDataSource");
            store.jobs().insert(InsertParams.of(List.of(NewJob.of("t", "plain", "{}")), Instant.now()));
            inbox.awaitMessage("jobs:plain");
        }
    }

    @Test
    void closingTheStoreLeavesTheApplicationsPoolOpen() throws Exception {
        try (HikariDataSource pool = PostgresFixture.pool(null)) {
            PostgresStore store = PostgresStore.builder().dataSource(pool).schema(schema).databaseClock(false)
                    .build();
            assertThat(store.info().databaseClock()).isFalse();
            store.close();
            store.close();
            assertThat(pool.isClosed()).isFalse();
            try (Connection c = pool.getConnection()) {
                assertThat(c.isValid(1)).isTrue();
            }
        }
    }

    @Test
    void theBuilderNeedsADataSourceAndAValidSchema() {
        assertThatThrownBy(() -> PostgresStore.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("dataSource");
        assertThatThrownBy(() -> PostgresStore.builder().schema("no such"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'no such'");
    }
}
