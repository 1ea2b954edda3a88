package dev.docket.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Docket;
import dev.docket.DocketListener;
import dev.docket.JobEvent;
import dev.docket.JobState;
import dev.docket.it.TestPostgres;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Docket bean joins Spring transactions on the DataSource its store shares: rolled back means
 * never stored, committed means stored, told to listeners after the commit, and run. A store of its
 * own stores at once, whatever the transaction does.
 */
class TransactionalEnqueueTest {
    private final List<JobEvent.Kind> events = new CopyOnWriteArrayList<>();
    private final DocketListener recorder = e -> events.add(e.kind());

    @Test
    void onAPostgresDataSource() {
        TestPostgres pg = TestPostgres.get();
        String schema = pg.newSchema("spring_txn");
        try {
            check(pg.dataSource(schema), "docket.store.schema=" + schema);
        } finally {
            pg.dropSchema(schema);
        }
    }

    @Test
    void onASqliteDataSource() {
        check(Fixtures.sqliteDataSource(), "docket.store.type=jdbc");
    }

    private void check(DataSource app, String property) {
        runner(app).withPropertyValues(property).run(context -> {
            SpringDocket docket = context.getBean(SpringDocket.class);
            TransactionTemplate tx = context.getBean(TransactionTemplate.class);

            String rolledBack = tx.execute(status -> {
                assertThat(docket.joinsCurrentTransaction()).isTrue();
                String id = docket.enqueue("test.note", Map.of("n", 1), o -> { }).id();
                status.setRollbackOnly();
                return id;
            });
            assertThat(docket.admin().job(rolledBack)).as("rolled back: never stored").isEmpty();

            String committed = tx.execute(status -> {
                String id = docket.enqueue("test.note", Map.of("n", 2), o -> { }).id();
                assertThat(events).as("listeners hear of it only after the commit").doesNotContain(JobEvent.Kind.ENQUEUED);
                return id;
            });
            assertThat(events).containsOnlyOnce(JobEvent.Kind.ENQUEUED);
            Await.until("the committed job ran",
                    () -> docket.admin().job(committed).orElseThrow().state() == JobState.SUCCEEDED);
            assertThat(docket.joinsCurrentTransaction()).as("outside a transaction").isFalse();
        });
    }

    @Test
    void aStoreOfItsOwnStoresAtOnceEvenInsideATransaction() {
        runner(Fixtures.sqliteDataSource()).withPropertyValues("docket.store.type=memory").run(context -> {
            Docket docket = context.getBean(Docket.class);
            String id = context.getBean(TransactionTemplate.class).execute(status -> {
                String jobId = docket.enqueue("test.note", Map.of("n", 3), o -> { }).id();
                status.setRollbackOnly();
                return jobId;
            });
            assertThat(docket.admin().job(id)).as("not rolled back with the transaction").isPresent();
        });
    }

    private ApplicationContextRunner runner(DataSource app) {
        return Fixtures.runner(app)
                .withBean(DataSourceTransactionManager.class, () -> new DataSourceTransactionManager(app))
                .withBean(TransactionTemplate.class, () -> new TransactionTemplate(new DataSourceTransactionManager(app)))
                .withBean(DocketListener.class, () -> recorder)
                .withBean(NoteHandler.class);
    }

    static class NoteHandler {
        @dev.docket.spring.DocketJob("test.note")
        void note(Map<?, ?> args) {
        }
    }

}
