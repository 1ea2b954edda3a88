package dev.docket.it.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Docket;
import dev.docket.JobEvent;
import dev.docket.JobRequest;
import dev.docket.JobType;
import dev.docket.TransactionalEnqueue;
import dev.docket.it.Await;
import dev.docket.it.EventRecorder;
import dev.docket.it.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Jobs enqueued in the caller's transaction are told to listeners only when the caller reports the
 * commit, once; a rolled-back enqueue is never told. Also: {@link Docket#processId()} names this
 * process in the registry.
 */
class TransactionalEnqueueEventsTest {
    record Note(String text) {
        static final JobType<Note> TYPE = JobType.of("test.note", Note.class);
    }

    interface Connector {
        Connection connect() throws Exception;
    }

    @Test
    void onSqlite() throws Exception {
        Path file = Files.createTempDirectory("docket-txn-events").resolve("app.db");
        check("sqlite:" + file, () -> DriverManager.getConnection("jdbc:sqlite:" + file));
    }

    @Test
    void onPostgres() throws Exception {
        TestPostgres pg = TestPostgres.get();
        String schema = pg.newSchema("txn_events");
        try {
            check(pg.jdbcUrl(schema), () -> pg.connect(schema));
        } finally {
            pg.dropSchema(schema);
        }
    }

    private void check(String url, Connector connector) throws Exception {
        EventRecorder events = new EventRecorder();
        try (Docket docket = Docket.builder().store(url).listener(events).register(Note.TYPE).build()) {
            TransactionalEnqueue committed;
            try (Connection c = connector.connect()) {
                c.setAutoCommit(false);
                committed = docket.enqueueInTransaction(c, List.of(JobRequest.of(new Note("kept"))));
                assertThat(events.count(JobEvent.Kind.ENQUEUED)).as("nothing told before the commit").isZero();
                c.commit();
                committed.committed();
                committed.committed();

                TransactionalEnqueue rolledBack = docket.enqueueInTransaction(c, List.of(JobRequest.of(new Note("gone"))));
                c.rollback();
                assertThat(docket.admin().job(rolledBack.jobs().get(0).id())).isEmpty();
            }
            assertThat(events.all()).extracting(JobEvent::kind, JobEvent::jobId, JobEvent::type)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(JobEvent.Kind.ENQUEUED,
                            committed.jobs().get(0).id(), "test.note"));

            docket.start();
            Await.until("this process is registered", () -> docket.admin().processes().stream()
                    .anyMatch(p -> p.id().equals(docket.processId())));
        }
    }

    @Test
    void processIdsDifferPerDocket() {
        try (Docket a = Docket.builder().store("memory:").build(); Docket b = Docket.builder().store("memory:").build()) {
            assertThat(a.processId()).isNotBlank().isNotEqualTo(b.processId());
        }
    }
}
