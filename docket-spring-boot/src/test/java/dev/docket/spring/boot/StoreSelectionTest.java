package dev.docket.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Docket;
import dev.docket.it.TestPostgres;
import dev.docket.postgres.PostgresStore;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;

/** Which store the auto-configuration opens, and whether enqueues can join the application's transactions. */
class StoreSelectionTest {

    @Test
    void withoutADataSourceItIsASqliteFileOfItsOwn() {
        Fixtures.runner().run(context -> {
            assertThat(context).hasSingleBean(Docket.class).hasSingleBean(DocketLifecycle.class);
            DocketStore store = context.getBean(DocketStore.class);
            assertThat(store.store().info().kind()).isEqualTo("sqlite");
            assertThat(store.sharedDataSource()).isEmpty();
        });
    }

    @Test
    void aSqliteDataSourceIsSharedByDefault() {
        DataSource app = Fixtures.sqliteDataSource();
        Fixtures.runner(app).run(context -> {
            DocketStore store = context.getBean(DocketStore.class);
            assertThat(store.store().info().kind()).isEqualTo("sqlite");
            assertThat(store.sharedDataSource()).containsSame(app);
        });
    }

    @Test
    void aPostgresDataSourceIsSharedWithTablesInTheConfiguredSchema() {
        TestPostgres pg = TestPostgres.get();
        String schema = pg.newSchema("spring_store");
        try {
            DataSource app = pg.dataSource(null);
            Fixtures.runner(app)
                    .withPropertyValues("docket.store.schema=" + schema, "docket.store.notify-window=7ms")
                    .run(context -> {
                        DocketStore store = context.getBean(DocketStore.class);
                        assertThat(store.store()).isInstanceOf(PostgresStore.class);
                        assertThat(((PostgresStore) store.store()).schema()).isEqualTo(schema);
                        assertThat(((PostgresStore) store.store()).notifyWindow()).isEqualTo(Duration.ofMillis(7));
                        assertThat(store.sharedDataSource()).containsSame(app);
                    });
        } finally {
            pg.dropSchema(schema);
        }
    }

    @Test
    void aNotifyWindowOutOfRangeIsNamed() {
        TestPostgres pg = TestPostgres.get();
        String schema = pg.newSchema("spring_store");
        try {
            Fixtures.runner(pg.dataSource(null))
                    .withPropertyValues("docket.store.schema=" + schema, "docket.store.notify-window=5s")
                    .run(context -> assertThat(context).getFailure().rootCause()
                            .hasMessageContaining("notifyWindow PT5S").hasMessageContaining("0 to 1 s"));
        } finally {
            pg.dropSchema(schema);
        }
    }

    @Test
    void h2IsRefusedNamingTheProperty() {
        Fixtures.runner(Fixtures.h2DataSource()).run(context ->
                assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("H2").hasMessageContaining("docket.store.type=sqlite")
                        .hasMessageContaining("docket.store.type=memory"));
    }

    @Test
    void h2WithSqliteChosenUsesAFileOfItsOwn() {
        Fixtures.runner(Fixtures.h2DataSource()).withPropertyValues("docket.store.type=sqlite",
                        "docket.store.url=sqlite:" + Fixtures.tempDir().resolve("own.db"))
                .run(context -> {
                    DocketStore store = context.getBean(DocketStore.class);
                    assertThat(store.store().info().kind()).isEqualTo("sqlite");
                    assertThat(store.sharedDataSource()).isEmpty();
                });
    }

    @Test
    void memoryIgnoresTheDataSource() {
        Fixtures.runner(Fixtures.sqliteDataSource()).withPropertyValues("docket.store.type=memory")
                .run(context -> {
                    assertThat(context.getBean(DocketStore.class).store().info().kind()).isEqualTo("memory");
                    assertThat(context.getBean(DocketStore.class).sharedDataSource()).isEmpty();
                });
    }

    @Test
    void jdbcWithoutADataSourceSaysWhatToConfigure() {
        Fixtures.runner().withPropertyValues("docket.store.type=jdbc", "docket.store.url=").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("needs the application's DataSource")
                        .hasMessageContaining("spring.datasource"));
    }

    @Test
    void aSqliteUrlWithTypeJdbcIsRefused() {
        Fixtures.runner().withPropertyValues("docket.store.type=jdbc").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("is not a PostgreSQL URL"));
    }

    @Test
    void aMissingStoreModuleIsNamed() {
        Fixtures.runner().withClassLoader(new FilteredClassLoader("dev.docket.sqlite.", "org.sqlite."))
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("a SQLite store needs dev.docket:docket-store-sqlite"));
    }

    @Test
    void migrateFalseOnSqliteOnlyChecksTheSchema() {
        Fixtures.runner().withPropertyValues("docket.store.migrate=false").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("schema"));
    }

    @Test
    void aDocketStoreBeanWins() {
        Fixtures.runner().withBean(DocketStore.class, () -> DocketStore.separate(new dev.docket.memory.MemoryStore()))
                .run(context -> assertThat(context.getBean(Docket.class).admin().health().store()).contains("memory"));
    }
}
