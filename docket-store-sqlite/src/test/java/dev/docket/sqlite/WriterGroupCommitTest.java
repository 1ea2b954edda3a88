package dev.docket.sqlite;

import static dev.docket.sqlite.TestStores.T0;
import static dev.docket.sqlite.TestStores.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.StoreException;
import dev.docket.tck.Await;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single writer commits the requests waiting for it as one transaction, and a request that
 * fails inside such a group fails alone. The writer is held on a latch so the group's content is
 * known exactly.
 */
class WriterGroupCommitTest {
    @TempDir
    Path dir;

    private SqliteStore store;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void open() {
        store = TestStores.open(dir.resolve("docket.db"));
    }

    @AfterEach
    void close() throws InterruptedException {
        release.countDown();
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
    }

    @Test
    void requestsWaitingTogetherShareOneTransaction() throws Exception {
        holdWriter();
        long before = store.writer().commits();
        List<Future<Long>> inserts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            inserts.add(pool.submit(() -> TestStores.insert(store, job("q"), T0)));
        }
        Await.until("50 inserts wait for the writer", () -> store.writer().queued() == 50);
        release.countDown();
        List<Long> ids = new ArrayList<>();
        for (Future<Long> f : inserts) {
            ids.add(f.get(10, TimeUnit.SECONDS));
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize(50);
        assertThat(store.writer().commits() - before).as("the holding request's commit plus one for all 50")
                .isEqualTo(2);
        ids.forEach(id -> assertThat(store.queries().find(id)).isPresent());
    }

    @Test
    void aFailingRequestFailsAloneAndLeavesNothing() throws Exception {
        holdWriter();
        long before = store.writer().commits();
        Future<Long> first = pool.submit(() -> TestStores.insert(store, job("q"), T0));
        Await.until("the first insert waits", () -> store.writer().queued() == 1);
        Future<Object> failing = pool.submit(() -> store.writer().submit("writing something wrong", tx -> {
            try (Statement st = tx.connection().createStatement()) {
                st.executeUpdate("INSERT INTO docket_queues (name, paused, updated_at) VALUES ('ghost', 1, 0)");
                st.executeUpdate("INSERT INTO no_such_table VALUES (1)");
            }
            return null;
        }));
        Await.until("the failing request waits", () -> store.writer().queued() == 2);
        Future<Long> last = pool.submit(() -> TestStores.insert(store, job("q"), T0));
        Await.until("all three wait", () -> store.writer().queued() == 3);
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isPositive();
        assertThat(last.get(10, TimeUnit.SECONDS)).isGreaterThan(first.get());
        assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("writing something wrong failed")
                .hasMessageContaining("no_such_table");
        assertThat(store.queues().list()).as("the failing request's own write was rolled back").isEmpty();
        assertThat(store.writer().commits() - before).isEqualTo(2);
        assertThat(store.queries().find(first.get())).isPresent();
        assertThat(store.queries().find(last.get())).isPresent();
    }

    @Test
    void whenSqliteAbandonsTheTransactionTheOthersRunAgain() throws Exception {
        holdWriter();
        Future<Long> first = pool.submit(() -> TestStores.insert(store, job("q"), T0));
        Await.until("the first insert waits", () -> store.writer().queued() == 1);
        Future<Object> killer = pool.submit(() -> store.writer().submit("ending the transaction", tx -> {
            try (Statement st = tx.connection().createStatement()) {
                st.execute("ROLLBACK");
            }
            throw new SQLException("the transaction is gone");
        }));
        Await.until("the killer waits", () -> store.writer().queued() == 2);
        Future<Long> last = pool.submit(() -> TestStores.insert(store, job("q"), T0));
        Await.until("all three wait", () -> store.writer().queued() == 3);
        release.countDown();

        long a = first.get(10, TimeUnit.SECONDS);
        long b = last.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> killer.get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(StoreException.class).hasMessageContaining("the transaction is gone");
        assertThat(store.queries().find(a)).isPresent();
        assertThat(store.queries().find(b)).isPresent();
        assertThat(store.queries().countByQueueAndState()).singleElement()
                .satisfies(c -> assertThat(c.count()).isEqualTo(2));
    }

    @Test
    void syncedWritesWaitForTheDiskAndUnsyncedOnesOnlyWhenGroupedWithThem() throws Exception {
        assertThat(store.writer().submit("reading the sync mode", WriterGroupCommitTest::synchronous))
                .as("synchronous=FULL").isEqualTo(2);
        assertThat(store.writer().submitUnsynced("reading the sync mode", WriterGroupCommitTest::synchronous))
                .as("synchronous=NORMAL").isEqualTo(1);

        holdWriter();
        Future<Integer> unsynced = pool.submit(() ->
                store.writer().submitUnsynced("reading the sync mode", WriterGroupCommitTest::synchronous));
        Await.until("the unsynced request waits", () -> store.writer().queued() == 1);
        Future<Long> insert = pool.submit(() -> TestStores.insert(store, job("q"), T0));
        Await.until("an insert waits with it", () -> store.writer().queued() == 2);
        release.countDown();
        assertThat(insert.get(10, TimeUnit.SECONDS)).isPositive();
        assertThat(unsynced.get(10, TimeUnit.SECONDS)).as("grouped with an insert: synchronous=FULL").isEqualTo(2);
    }

    @Test
    void writesAfterCloseAreRefused() {
        store.close();
        assertThatThrownBy(() -> TestStores.insert(store, job("q"), T0))
                .isInstanceOf(StoreException.class).hasMessageContaining("closed");
    }

    private static int synchronous(Tx tx) throws SQLException {
        try (Statement st = tx.connection().createStatement();
             java.sql.ResultSet rs = st.executeQuery("PRAGMA synchronous")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Occupies the writer with a request that waits for {@link #release}. */
    private void holdWriter() {
        CountDownLatch held = new CountDownLatch(1);
        pool.submit(() -> store.writer().submit("holding the writer", tx -> {
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        Await.until("the writer is held", () -> held.getCount() == 0);
    }
}
