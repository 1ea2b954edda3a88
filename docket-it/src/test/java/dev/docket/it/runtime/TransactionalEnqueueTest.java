package dev.docket.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Docket;
import dev.docket.Enqueued;
import dev.docket.JobRequest;
import dev.docket.JobState;
import dev.docket.it.Await;
import dev.docket.it.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** An enqueue that joins the application's transaction is visible, and runs, only if it commits. */
class TransactionalEnqueueTest {
    record Order(int number) {
    }

    private final Set<Integer> ran = ConcurrentHashMap.newKeySet();

    @Test
    void onPostgres() throws Exception {
        TestPostgres pg = TestPostgres.get();
        String schema = pg.newSchema("txn");
        try {
            check(pg.jdbcUrl(schema), () -> pg.connect(schema));
        } finally {
            pg.dropSchema(schema);
        }
    }

    @Test
    void onSqlite() throws Exception {
        Path dir = Files.createTempDirectory("docket-txn");
        Path file = dir.resolve("app.db");
        check("sqlite:" + file, () -> DriverManager.getConnection("jdbc:sqlite:" + file));
    }

    interface Connector {
        Connection connect() throws Exception;
    }

    private void check(String storeUrl, Connector connector) throws Exception {
        try (Docket docket = Docket.builder().store(storeUrl).pollInterval(Duration.ofMillis(50))
                .handle("shop.order", Order.class, (args, ctx) -> ran.add(args.number())).build()) {
            try (Connection app = connector.connect(); Statement st = app.createStatement()) {
                st.execute("CREATE TABLE app_orders (number INTEGER PRIMARY KEY)");
            }
            Enqueued committed;
            Enqueued rolledBack;
            try (Connection app = connector.connect()) {
                app.setAutoCommit(false);
                try (Statement st = app.createStatement()) {
                    st.execute("INSERT INTO app_orders VALUES (1)");
                }
                committed = docket.enqueue(app, JobRequest.of("shop.order", new Order(1)));
                assertThat(docket.admin().job(committed.id())).as("invisible before commit").isEmpty();
                app.commit();

                try (Statement st = app.createStatement()) {
                    st.execute("INSERT INTO app_orders VALUES (2)");
                }
                rolledBack = docket.enqueue(app, JobRequest.of("shop.order", new Order(2)));
                app.rollback();
            }
            assertThat(docket.admin().job(committed.id()).orElseThrow().state()).isEqualTo(JobState.AVAILABLE);
            assertThat(docket.admin().job(rolledBack.id())).isEmpty();

            docket.start();
            Await.until("the committed job ran", () -> ran.contains(1));
            Await.until("it is recorded", () -> docket.admin().job(committed.id()).orElseThrow().state() == JobState.SUCCEEDED);
            assertThat(ran).containsExactly(1);
            assertThat(docket.admin().jobs(dev.docket.admin.JobQuery.all()).jobs()).hasSize(1);
        }
    }
}
