package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.it.TestPostgres;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.JobRecord;
import dev.docket.spi.NewJob;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Large batches without unique keys go in through binary COPY; every job must read back exactly as
 * the one-statement INSERT stores it.
 */
class CopyInsertTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00.123456789Z");
    private static final int BATCH = PgCopyInsert.MIN_JOBS + 50;

    private final PostgresFixture fixture = new PostgresFixture();
    private final List<PostgresStore> stores = new ArrayList<>();

    @AfterEach
    void close() {
        stores.forEach(fixture::dispose);
    }

    private PostgresStore store(boolean databaseClock) {
        PostgresStore store = (PostgresStore) fixture.create(databaseClock);
        stores.add(store);
        return store;
    }

    /** Jobs varying every column COPY writes, including text that needs escaping in other formats. */
    private static List<NewJob> variedJobs() {
        List<NewJob> jobs = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            String args = "{\"n\":" + i + ",\"text\":\"tab\\t quote\\\" back\\\\slash \\u00e9\\u6f22 \\ud83d\\ude00\"}";
            NewJob j = NewJob.of(i % 3 == 0 ? "mail.send" : "image.resize", i % 2 == 0 ? "default" : "q\u00e9", args)
                    .withPriority(i % 10)
                    .withMaxAttempts(1 + i % 25);
            if (i % 4 == 1) {
                j = j.withMeta(Map.of("tenant", "t" + i, "note", "line\nbreak \"quoted\" \u00fc"));
            }
            if (i % 5 == 2) {
                j = j.withRunAt(NOW.plusSeconds(i).plusNanos(987));
            } else if (i % 5 == 3) {
                j = j.withRunAt(NOW.minusSeconds(i));
            } else if (i % 5 == 4) {
                j = j.withDelay(Duration.ofMillis(1_500L * i));
            }
            if (i % 7 == 0) {
                j = new NewJob(j.type(), j.queue(), j.priority(), j.argsJson(), j.meta(), j.maxAttempts(), null,
                        j.runAt(), j.delay(), 30_000L + i, 100L * i, 60_000L);
            }
            jobs.add(j);
        }
        return jobs;
    }

    private static JobRecord withoutId(JobRecord r) {
        return new JobRecord(0, r.type(), r.queue(), r.priority(), r.state(), r.argsJson(), r.meta(), r.attempt(),
                r.maxAttempts(), r.uniqueKey(), r.createdAt(), r.runAt(), r.attemptedAt(), r.finishedAt(),
                r.leaseExpiresAt(), r.worker(), r.cancelRequested(), r.lostCount(), r.timeoutMs(),
                r.backoffInitialMs(), r.backoffMaxMs(), r.resultJson(), r.progressJson(), r.errors());
    }

    @Test
    void aLargeBatchReadsBackExactlyAsOneByOneInsertsStoreIt() throws Exception {
        PostgresStore store = store(false);
        List<NewJob> jobs = variedJobs();
        try (Connection c = fixture.connect(store).orElseThrow()) {
            assertThat(PgCopyInsert.suits(c, jobs)).isTrue();
            assertThat(PgCopyInsert.suits(c, jobs.subList(0, PgCopyInsert.MIN_JOBS - 1))).isFalse();
        }
        List<InsertResult> copied = store.jobs().insert(new InsertParams(jobs, null, NOW));
        List<InsertResult> single = new ArrayList<>();
        for (NewJob j : jobs) {
            single.add(store.jobs().insert(new InsertParams(List.of(j), null, NOW)).get(0));
        }
        for (int i = 0; i < BATCH; i++) {
            InsertResult a = copied.get(i);
            InsertResult b = single.get(i);
            assertThat(a.duplicate()).isFalse();
            assertThat(a.state()).as("job %d", i).isEqualTo(b.state());
            JobRecord viaCopy = store.queries().find(a.id()).orElseThrow();
            JobRecord viaInsert = store.queries().find(b.id()).orElseThrow();
            assertThat(withoutId(viaCopy)).as("job %d", i).isEqualTo(withoutId(viaInsert));
            assertThat(viaCopy.state()).isEqualTo(a.state());
        }
        assertThat(copied).extracting(InsertResult::state).contains(JobState.SCHEDULED, JobState.AVAILABLE);
    }

    @Test
    void idsRiseInInputOrderAndJobsAreClaimedInPriorityOrder() {
        PostgresStore store = store(true);
        List<NewJob> jobs = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            jobs.add(NewJob.of("t", "ordered", "{\"i\":" + i + "}").withPriority(i % 3));
        }
        List<InsertResult> results = store.jobs().insert(new InsertParams(jobs, null, Instant.now()));
        assertThat(results).extracting(InsertResult::id).isSorted().doesNotHaveDuplicates();
        assertThat(results).extracting(InsertResult::state).containsOnly(JobState.AVAILABLE);
        JobRecord first = store.queries().find(results.get(0).id()).orElseThrow();
        assertThat(first.runAt()).isEqualTo(first.createdAt());

        List<JobRecord> claimed = store.jobs().claim(new ClaimParams(List.of("ordered"), Set.of(), Set.of(), BATCH,
                Duration.ofMinutes(1), "w", Instant.now()));
        assertThat(claimed).hasSize(BATCH);
        assertThat(claimed).isSortedAccordingTo(Comparator.comparingInt(JobRecord::priority)
                .thenComparing(JobRecord::runAt).thenComparingLong(JobRecord::id));
    }

    @Test
    void aBatchOnTheCallersConnectionCommitsAndRollsBackWithIt() throws Exception {
        PostgresStore store = store(true);
        List<NewJob> jobs = variedJobs();
        try (Connection c = fixture.connect(store).orElseThrow()) {
            List<InsertResult> rolledBack = store.jobs().insert(new InsertParams(jobs, c, Instant.now()));
            c.rollback();
            assertThat(store.queries().find(rolledBack.get(0).id())).isEmpty();
            assertThat(store.queries().find(rolledBack.get(BATCH - 1).id())).isEmpty();

            List<InsertResult> committed = store.jobs().insert(new InsertParams(jobs, c, Instant.now()));
            assertThat(store.queries().find(committed.get(0).id())).isEmpty();
            c.commit();
            for (InsertResult r : committed) {
                assertThat(store.queries().find(r.id())).isPresent();
            }
        }
    }

    @Test
    void aBatchDrawsItsIdsAndCopiesInOneTransaction() {
        PostgresStore store = store(true);
        String schema = fixture.schemaOf(store);
        RecordingDataSource recording = new RecordingDataSource(TestPostgres.get().dataSource(schema));
        PgContext ctx = new PgContext(schema, new Db(recording), true);
        List<NewJob> jobs = variedJobs();
        // the queues' notifications went out a moment ago, so this insert has none to send
        try (Wakeups wakeups = new Wakeups(ctx, Wakeups.DEFAULT_WINDOW, () -> 0L)) {
            wakeups.finished(wakeups.take(jobs.stream().map(NewJob::queue).distinct().toList()));
            List<InsertResult> results = new PgInsert(ctx, wakeups).insert(new InsertParams(jobs, null, NOW));

            List<String> events = recording.events();
            int draw = indexOf(events, "nextval(");
            assertThat(draw).as("the id draw in %s", events).isNotNegative();
            assertThat(events.get(draw)).startsWith("prepare auto-commit off:");
            assertThat(events.subList(draw, events.size())).containsOnlyOnce("commit");
            assertThat(store.queries().find(results.get(BATCH - 1).id())).isPresent();
        }
    }

    private static int indexOf(List<String> events, String part) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aLargeBatchWithUniqueKeysStillMatchesTheirHolders() {
        PostgresStore store = store(true);
        List<NewJob> jobs = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            jobs.add(NewJob.of("t", "keyed", "{}").withUniqueKey(i == BATCH - 1 ? "k0" : "k" + i));
        }
        List<InsertResult> results = store.jobs().insert(new InsertParams(jobs, null, Instant.now()));
        assertThat(results.get(BATCH - 1).duplicate()).isTrue();
        assertThat(results.get(BATCH - 1).id()).isEqualTo(results.get(0).id());
        assertThat(results.subList(0, BATCH - 1)).noneMatch(InsertResult::duplicate);
    }
}
