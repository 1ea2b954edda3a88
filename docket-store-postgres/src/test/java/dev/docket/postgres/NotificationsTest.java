package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.it.TestPostgres;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.NewJob;
import dev.docket.spi.Notifier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** LISTEN/NOTIFY: delivery between store instances, isolation between schemas, debouncing. */
class NotificationsTest {
    private final PostgresFixture fixture = new PostgresFixture();
    private final List<PostgresStore> stores = new java.util.ArrayList<>();

    private PostgresStore store(String schema) {
        PostgresStore s = schema == null ? (PostgresStore) fixture.create(true) : fixture.createOn(schema, true);
        stores.add(s);
        return s;
    }

    @AfterEach
    void close() {
        stores.forEach(fixture::dispose);
    }

    @Test
    void notificationsReachOtherInstancesOnTheSchemaAndNoOtherSchema() throws Exception {
        PostgresStore a = store(null);
        PostgresStore b = store(fixture.schemaOf(a));
        PostgresStore other = store(null);
        try (Inbox inA = Inbox.on(a.notifier()); Inbox inOther = Inbox.on(other.notifier())) {
            assertThat(a.notifier().supported()).isTrue();
            b.notifier().publish(Notifier.CONTROL, "hello");
            b.jobs().insert(InsertParams.of(List.of(NewJob.of("t", "mail", "{}")), Instant.now()));
            inA.awaitMessage("control:hello");
            inA.awaitMessage("jobs:mail");
            other.notifier().publish(Notifier.CONTROL, "marker");
            inOther.awaitMessage("control:marker");
            assertThat(inOther.received).containsExactly("control:marker");
        }
    }

    @Test
    void pauseAndRunningCancelPublishControlNotifications() throws Exception {
        PostgresStore s = store(null);
        try (Inbox inbox = Inbox.on(s.notifier())) {
            s.queues().setPaused("mail", true, Instant.now());
            s.queues().setPaused("mail", false, Instant.now());
            long id = s.jobs().insert(InsertParams.of(List.of(NewJob.of("t", "mail", "{}")), Instant.now()))
                    .get(0).id();
            s.jobs().claim(new ClaimParams(List.of("mail"), null, null, 1, Duration.ofMinutes(1), "w",
                    Instant.now()));
            s.queries().cancel(id, Instant.now());
            inbox.awaitMessage("control:cancel:" + id);
            assertThat(inbox.received).containsSubsequence("control:pause:mail", "control:resume:mail",
                    "control:cancel:" + id);
        }
    }

    @Test
    void badTopicsAreRefused() {
        PostgresStore s = store(null);
        assertThatThrownBy(() -> s.notifier().publish("a:b", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a:b");
    }

    @Test
    void manyInsertsInARowSendAtMostOneNotificationPerWindowOfTheUrl() throws Exception {
        String schema = TestPostgres.get().newSchema("docket_test");
        try (PostgresStore s = (PostgresStore) new PostgresStoreProvider().open(
                TestPostgres.get().jdbcUrl(schema) + "&notifyWindowMs=50");
                Inbox inbox = Inbox.on(s.notifier())) {
            assertThat(s.notifyWindow()).isEqualTo(Duration.ofMillis(50));
            long start = System.nanoTime();
            int inserts = 200;
            for (int i = 0; i < inserts; i++) {
                s.jobs().insert(InsertParams.of(List.of(NewJob.of("t", "burst", "{}")), Instant.now()));
            }
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            inbox.awaitMessage("jobs:burst");
            // each window of 50 ms has at most one notification, plus the one owed at its end
            Await.until("the trailing notification", Duration.ofSeconds(5), () -> {
                s.notifier().publish(Notifier.CONTROL, "flushed");
                return inbox.count("control:flushed") > 0;
            });
            long sent = inbox.count("jobs:burst");
            assertThat(sent).isBetween(1L, elapsedMs / 50 + 2);
            assertThat(sent).isLessThan(inserts);
        } finally {
            TestPostgres.get().dropSchema(schema);
        }
    }

    @Test
    void theDebouncerSendsAtMostOncePerWindowAndOwesTheRest() throws Exception {
        PostgresStore s = store(null);
        AtomicLong clock = new AtomicLong(1_000_000_000L);
        PgContext ctx = new PgContext(fixture.schemaOf(s), new Db(PostgresFixture.pool(fixture.schemaOf(s))), true);
        try (Wakeups w = new Wakeups(ctx, Duration.ofMillis(20), clock::get)) {
            assertThat(w.anyDue(List.of("q"))).isTrue();
            Set<String> first = w.take(List.of("q", "r"));
            assertThat(first).containsExactly("q", "r");
            w.finished(first);
            clock.addAndGet(5_000_000L);
            assertThat(w.anyDue(List.of("q"))).isFalse();
            assertThat(w.take(List.of("q"))).isEmpty();
            try (Inbox inbox = Inbox.on(s.notifier())) {
                clock.addAndGet(15_000_000L);
                w.flushOwed();
                inbox.awaitMessage("jobs:q");
                assertThat(inbox.received).doesNotContain("jobs:r");
            }
            assertThat(w.take(List.of("q"))).isEmpty();
            clock.addAndGet(20_000_000L);
            assertThat(w.take(List.of("q"))).containsExactly("q");
        } finally {
            ((com.zaxxer.hikari.HikariDataSource) ctx.db().dataSource()).close();
        }
    }

    @Test
    void aQueueWhoseNotificationIsStillInFlightSendsNoOtherUntilItIsDoneAndAsLongAgainHasPassed()
            throws Exception {
        PostgresStore s = store(null);
        AtomicLong clock = new AtomicLong(1_000_000_000L);
        PgContext ctx = new PgContext(fixture.schemaOf(s), new Db(PostgresFixture.pool(fixture.schemaOf(s))), true);
        try (Wakeups w = new Wakeups(ctx, Duration.ZERO, clock::get); Inbox inbox = Inbox.on(s.notifier())) {
            Set<String> inFlight = w.take(List.of("q"));
            assertThat(inFlight).containsExactly("q");
            clock.addAndGet(50_000_000L);
            // however long the first takes (a notifying commit waits for every other one), no second
            assertThat(w.anyDue(List.of("q"))).isFalse();
            assertThat(w.take(List.of("q"))).isEmpty();
            w.flushOwed();
            assertThat(w.take(List.of("q", "r"))).containsExactly("r");
            // once it is done, and as long again has passed, the owed one goes out
            w.finished(inFlight);
            clock.addAndGet(49_000_000L);
            assertThat(w.anyDue(List.of("q"))).isFalse();
            clock.addAndGet(1_000_000L);
            w.flushOwed();
            inbox.awaitMessage("jobs:q");
            Await.until("the owed notification done", Duration.ofSeconds(5), () -> {
                clock.addAndGet(1_000_000L);
                return w.anyDue(List.of("q"));
            });
            assertThat(inbox.count("jobs:q")).isEqualTo(1);
        } finally {
            ((com.zaxxer.hikari.HikariDataSource) ctx.db().dataSource()).close();
        }
    }
}
