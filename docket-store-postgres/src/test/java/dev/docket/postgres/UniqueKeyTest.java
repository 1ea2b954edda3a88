package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.NewJob;
import dev.docket.spi.Outcome;
import dev.docket.spi.OutcomeParams;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Unique keys: one unfinished holder per key, in a batch, across finished jobs and under races. */
class UniqueKeyTest {
    private final PostgresFixture fixture = new PostgresFixture();
    private final List<PostgresStore> stores = new ArrayList<>();

    @AfterEach
    void close() {
        stores.forEach(fixture::dispose);
    }

    private PostgresStore store() {
        PostgresStore s = stores.isEmpty() ? (PostgresStore) fixture.create(true)
                : fixture.createOn(fixture.schemaOf(stores.get(0)), true);
        stores.add(s);
        return s;
    }

    private static NewJob keyed(String key) {
        return NewJob.of("t", "q", "{}").withUniqueKey(key);
    }

    @Test
    void duplicatesInABatchAndAgainstHoldersPointAtTheHolder() {
        PostgresStore s = store();
        List<InsertResult> first = s.jobs().insert(InsertParams.of(List.of(keyed("k1"), NewJob.of("t", "q", "{}"),
                keyed("k1"), keyed("k2").withDelay(Duration.ofHours(1))), Instant.now()));
        assertThat(first.get(0).duplicate()).isFalse();
        assertThat(first.get(2)).isEqualTo(new InsertResult(first.get(0).id(), JobState.AVAILABLE, true));
        assertThat(first.get(3).state()).isEqualTo(JobState.SCHEDULED);
        List<InsertResult> second = s.jobs().insert(InsertParams.of(List.of(keyed("k2"), keyed("k3")),
                Instant.now()));
        assertThat(second.get(0)).isEqualTo(new InsertResult(first.get(3).id(), JobState.SCHEDULED, true));
        assertThat(second.get(1).duplicate()).isFalse();
        assertThat(second.get(1).id()).isGreaterThan(first.get(3).id());
    }

    @Test
    void aFinishedJobNoLongerHoldsItsKey() {
        PostgresStore s = store();
        InsertResult held = s.jobs().insert(InsertParams.of(List.of(keyed("k")), Instant.now())).get(0);
        JobRecord running = s.jobs().claim(new ClaimParams(List.of("q"), null, null, 1, Duration.ofMinutes(1),
                "w", Instant.now())).get(0);
        assertThat(s.jobs().insert(InsertParams.of(List.of(keyed("k")), Instant.now())).get(0))
                .isEqualTo(new InsertResult(held.id(), JobState.RUNNING, true));
        s.jobs().recordOutcomes(new OutcomeParams(List.of(new Outcome.Succeeded(
                new LeaseRef(running.id(), running.attempt()), null)), Instant.now()));
        InsertResult fresh = s.jobs().insert(InsertParams.of(List.of(keyed("k")), Instant.now())).get(0);
        assertThat(fresh.duplicate()).isFalse();
        assertThat(fresh.id()).isNotEqualTo(held.id());
    }

    @Test
    void resultsOfAMixedBatchPointAtTheirOwnRows() {
        PostgresStore s = store();
        long holder = s.jobs().insert(InsertParams.of(List.of(keyed("held")), Instant.now())).get(0).id();
        List<NewJob> batch = List.of(NewJob.of("a", "q", "{\"n\":1}").withUniqueKey("held"),
                NewJob.of("b", "q", "{\"n\":2}"), NewJob.of("c", "q", "{\"n\":3}").withUniqueKey("new"),
                NewJob.of("d", "q", "{\"n\":4}"), NewJob.of("e", "q", "{\"n\":5}").withUniqueKey("new"));
        List<InsertResult> r = s.jobs().insert(InsertParams.of(batch, Instant.now()));
        assertThat(r.get(0)).isEqualTo(new InsertResult(holder, JobState.AVAILABLE, true));
        assertThat(r.get(4)).isEqualTo(new InsertResult(r.get(2).id(), JobState.AVAILABLE, true));
        for (int i : new int[] {1, 2, 3}) {
            assertThat(r.get(i).duplicate()).isFalse();
            assertThat(s.queries().find(r.get(i).id()).orElseThrow().argsJson()).isEqualTo(batch.get(i).argsJson());
        }
    }

    @Test
    void aHolderThatFinishesBetweenConflictAndLookupLetsTheJobBeStoredAfterAll() {
        PostgresStore s = store();
        JobRecord held = running(s, "k");
        s.pgJobs().inserter().beforeLookup = () -> s.jobs().recordOutcomes(new OutcomeParams(List.of(
                new Outcome.Succeeded(new LeaseRef(held.id(), held.attempt()), null)), Instant.now()));
        try {
            InsertResult r = s.jobs().insert(InsertParams.of(List.of(keyed("k")), Instant.now())).get(0);
            assertThat(r.duplicate()).isFalse();
            assertThat(r.id()).isGreaterThan(held.id());
            assertThat(s.queries().find(held.id()).orElseThrow().state()).isEqualTo(JobState.SUCCEEDED);
        } finally {
            s.pgJobs().inserter().beforeLookup = () -> { };
        }
    }

    private static JobRecord running(PostgresStore s, String key) {
        s.jobs().insert(InsertParams.of(List.of(keyed(key)), Instant.now()));
        return s.jobs().claim(new ClaimParams(List.of("q"), null, null, 1, Duration.ofMinutes(1), "w",
                Instant.now())).get(0);
    }

    @Test
    void concurrentInsertsOfOneKeyStoreExactlyOneJob() throws Exception {
        PostgresStore a = store();
        PostgresStore b = store();
        int threads = 8;
        int rounds = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < rounds; round++) {
                String key = "race-" + round;
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<InsertResult>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    PostgresStore s = t % 2 == 0 ? a : b;
                    results.add(pool.submit(() -> {
                        start.await();
                        return s.jobs().insert(InsertParams.of(List.of(NewJob.of("t", "q", "{}"), keyed(key)),
                                Instant.now())).get(1);
                    }));
                }
                List<InsertResult> got = new ArrayList<>();
                for (Future<InsertResult> f : results) {
                    got.add(f.get());
                }
                assertThat(got.stream().filter(r -> !r.duplicate())).hasSize(1);
                assertThat(got.stream().map(InsertResult::id).distinct()).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
        try (var c = fixture.connect(a).orElseThrow(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*), count(DISTINCT unique_key) FROM "
                     + fixture.schemaOf(a) + ".docket_jobs WHERE unique_key IS NOT NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(rounds);
            assertThat(rs.getInt(2)).isEqualTo(rounds);
        }
    }
}
