package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.NewJob;
import dev.docket.spi.Notifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Inserts on the caller's connection commit, roll back and notify with the caller's transaction. */
class TransactionalInsertTest {
    private final PostgresFixture fixture = new PostgresFixture();
    private PostgresStore store;
    private Connection connection;

    @BeforeEach
    void open() throws Exception {
        store = (PostgresStore) fixture.create(true);
        connection = fixture.connect(store).orElseThrow();
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE " + fixture.schemaOf(store) + ".orders (id int)");
        }
        connection.commit();
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
        fixture.dispose(store);
    }

    private InsertResult insertOn(Connection c, String queue) {
        return store.jobs().insert(new InsertParams(List.of(NewJob.of("t", queue, "{}")), c, Instant.now())).get(0);
    }

    @Test
    void jobsAppearOnlyWhenTheCallerCommitsAndTheConnectionIsLeftOpen() throws Exception {
        assertThat(store.info().transactionalInsert()).isTrue();
        try (Inbox inbox = Inbox.on(store.notifier())) {
            try (Statement st = connection.createStatement()) {
                st.execute("INSERT INTO " + fixture.schemaOf(store) + ".orders VALUES (1)");
            }
            InsertResult r = insertOn(connection, "orders");
            assertThat(r.state()).isEqualTo(JobState.AVAILABLE);
            assertThat(store.queries().find(r.id())).isEmpty();
            assertThat(connection.isClosed()).isFalse();
            assertThat(connection.getAutoCommit()).isFalse();
            connection.commit();
            assertThat(store.queries().find(r.id())).isPresent();
            inbox.awaitMessage("jobs:orders");
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM " + fixture.schemaOf(store) + ".orders")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void aRolledBackInsertLeavesNoJobAndNoNotification() throws Exception {
        try (Inbox inbox = Inbox.on(store.notifier())) {
            InsertResult r = insertOn(connection, "rolled");
            connection.rollback();
            assertThat(store.queries().find(r.id())).isEmpty();
            // notifications arrive in commit order: once a later one is here, the rolled-back one never comes
            store.notifier().publish(Notifier.CONTROL, "after");
            inbox.awaitMessage("control:after");
            assertThat(inbox.received).doesNotContain("jobs:rolled");
            InsertResult again = insertOn(connection, "rolled");
            connection.commit();
            assertThat(store.queries().find(again.id())).isPresent();
        }
    }
}
