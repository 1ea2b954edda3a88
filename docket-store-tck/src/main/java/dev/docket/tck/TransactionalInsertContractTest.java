package dev.docket.tck;

import static dev.docket.tck.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.JobRecord;
import dev.docket.spi.NewJob;
import dev.docket.spi.Notifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inserts on the caller's JDBC connection join its transaction: visible only once it commits, gone
 * if it rolls back, and the connection is left as it was. Skipped for stores without
 * {@code transactionalInsert} or whose fixture gives no connection.
 */
class TransactionalInsertContractTest extends StoreTestSupport {

    private Connection connection;

    @BeforeEach
    void connect() throws SQLException {
        Assumptions.assumeTrue(store.info().transactionalInsert(), "the store has no transactional insert");
        connection = fixture.connect(store).orElse(null);
        Assumptions.assumeTrue(connection != null, "the fixture gives no connection");
        connection.setAutoCommit(false);
    }

    @AfterEach
    void closeConnection() throws SQLException {
        if (connection != null && !connection.isClosed()) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.close();
        }
    }

    private List<InsertResult> insertInTransaction(NewJob... batch) {
        return jobs().insert(new InsertParams(List.of(batch), connection, T0));
    }

    @Test
    void committedJobIsVisibleAndClaimable() throws SQLException {
        long id = insertInTransaction(job("q")).get(0).id();

        connection.commit();

        assertThat(find(id).state()).isEqualTo(JobState.AVAILABLE);
        assertThat(claim("q", 1, T0)).extracting(JobRecord::id).containsExactly(id);
    }

    @Test
    void rolledBackJobNeverExists() throws SQLException {
        long id = insertInTransaction(job("q"), job("q")).get(0).id();

        connection.rollback();

        assertThat(queries().find(id)).isEmpty();
        assertThat(all()).isEmpty();
        assertThat(claim("q", 10, T0)).isEmpty();
    }

    @Test
    void uncommittedJobIsInvisibleToTheStoresOwnConnections() throws SQLException {
        long id = insertInTransaction(job("q")).get(0).id();

        assertThat(queries().find(id)).isEmpty();
        assertThat(all()).isEmpty();

        connection.commit();
        assertThat(queries().find(id)).isPresent();
    }

    @Test
    void theConnectionIsLeftOpenAndItsTransactionOpen() throws SQLException {
        insertInTransaction(job("q"));

        assertThat(connection.isClosed()).isFalse();
        assertThat(connection.getAutoCommit()).isFalse();
        connection.rollback();
        assertThat(all()).as("the insert was not committed by the store").isEmpty();
    }

    @Test
    void uniqueKeyInTheTransactionSeesCommittedHolders() throws SQLException {
        long holder = insertOne(job("q").withUniqueKey("k"));

        InsertResult dup = insertInTransaction(job("q").withUniqueKey("k")).get(0);
        connection.commit();

        assertThat(dup).isEqualTo(new InsertResult(holder, JobState.AVAILABLE, true));
        assertThat(all()).hasSize(1);
    }

    @Test
    void wakeUpIsOnlySentForCommittedInserts() throws SQLException {
        Assumptions.assumeTrue(store.notifier() != Notifier.NONE, "the store sends no notifications");
        NotificationRecorder recorder = new NotificationRecorder();
        store.notifier().subscribe(recorder);
        insertInTransaction(job("rolled-back"));
        connection.rollback();

        insertOne(job("marker"));

        recorder.await(Notifier.JOBS_AVAILABLE, "marker");
        assertThat(recorder.has(Notifier.JOBS_AVAILABLE, "rolled-back")).isFalse();
    }
}
