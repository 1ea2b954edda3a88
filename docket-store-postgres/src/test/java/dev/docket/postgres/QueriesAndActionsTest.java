package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobError;
import dev.docket.JobState;
import dev.docket.spi.Change;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.JobFilter;
import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.ListParams;
import dev.docket.spi.MinuteCount;
import dev.docket.spi.NewJob;
import dev.docket.spi.Outcome;
import dev.docket.spi.OutcomeParams;
import dev.docket.spi.StateCount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads and operator actions, with time driven through {@code now}. */
class QueriesAndActionsTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:30Z");

    private final PostgresFixture fixture = new PostgresFixture();
    private PostgresStore store;

    @BeforeEach
    void open() {
        store = (PostgresStore) fixture.create(false);
    }

    @AfterEach
    void close() {
        fixture.dispose(store);
    }

    private long insert(NewJob job) {
        return store.jobs().insert(InsertParams.of(List.of(job), T0)).get(0).id();
    }

    private JobRecord claimOne(String queue) {
        return store.jobs().claim(new ClaimParams(List.of(queue), null, null, 1, Duration.ofSeconds(30), "w",
                T0)).get(0);
    }

    private void fail(JobRecord running, String message) {
        store.jobs().recordOutcomes(new OutcomeParams(List.of(new Outcome.Failed(
                new LeaseRef(running.id(), running.attempt()), new JobError(1, T0, message, null), null)), T0));
    }

    @Test
    void listFiltersPagesNewestFirstAndSearchesArgsAndErrorsLiterally() {
        long a = insert(NewJob.of("mail", "q", "{\"to\":\"Ann_100%\"}"));
        long b = insert(NewJob.of("mail", "q", "{\"to\":\"bob\"}"));
        long c = insert(NewJob.of("sms", "r", "{\"to\":\"carl\"}"));
        fail(claimOne("r"), "Timeout talking to GATEWAY");
        assertThat(ids(new ListParams(JobFilter.ALL, null, 10))).containsExactly(c, b, a);
        assertThat(ids(new ListParams(JobFilter.ALL, c, 1))).containsExactly(b);
        assertThat(ids(new ListParams(JobFilter.ALL.withType("mail").withQueue("q"), null, 10)))
                .containsExactly(b, a);
        assertThat(ids(new ListParams(JobFilter.states(JobState.DEAD), null, 10))).containsExactly(c);
        assertThat(ids(new ListParams(JobFilter.ALL.withSearch("ann_100%"), null, 10))).containsExactly(a);
        assertThat(ids(new ListParams(JobFilter.ALL.withSearch("n_1"), null, 10))).containsExactly(a);
        assertThat(ids(new ListParams(JobFilter.ALL.withSearch("%"), null, 10))).containsExactly(a);
        assertThat(ids(new ListParams(JobFilter.ALL.withSearch("gateway"), null, 10))).containsExactly(c);
        assertThat(store.queries().list(new ListParams(JobFilter.ALL.withSearch("gateway"), null, 10)).get(0)
                .errors()).extracting(JobError::message).containsExactly("Timeout talking to GATEWAY");
    }

    private List<Long> ids(ListParams params) {
        return store.queries().list(params).stream().map(JobRecord::id).toList();
    }

    @Test
    void countsLatencyAndThroughput() {
        store.jobs().insert(InsertParams.of(List.of(NewJob.of("a", "q", "{}").withRunAt(T0.minusSeconds(20)),
                NewJob.of("a", "q", "{}"), NewJob.of("a", "r", "{}").withRunAt(T0.plusSeconds(20))), T0));
        assertThat(store.queries().countByQueueAndState()).containsExactlyInAnyOrder(
                new StateCount("q", JobState.AVAILABLE, 2), new StateCount("r", JobState.SCHEDULED, 1));
        assertThat(store.queries().queueLatency(T0.plusSeconds(5)))
                .containsExactly(java.util.Map.entry("q", Duration.ofSeconds(25)));
        assertThat(store.queries().queueLatency(T0.minusSeconds(60)))
                .containsExactly(java.util.Map.entry("q", Duration.ZERO));
        fail(claimOne("q"), "x");
        List<MinuteCount> perMinute = store.queries().finishedPerMinute(Duration.ofMinutes(5), T0.plusSeconds(1));
        assertThat(perMinute).containsExactly(
                new MinuteCount(Instant.parse("2030-01-01T00:00:00Z"), JobState.DEAD, 1));
        assertThat(store.queries().finishedPerMinute(Duration.ofMinutes(5), T0.plusSeconds(600))).isEmpty();
    }

    @Test
    void retryCancelAndDeleteOneJob() {
        long dead = insert(NewJob.of("a", "q", "{}").withMaxAttempts(1));
        JobRecord running = claimOne("q");
        fail(running, "boom");
        assertThat(store.queries().retry(dead, T0.plusSeconds(1))).isEqualTo(Change.applied(JobState.AVAILABLE));
        JobRecord retried = store.queries().find(dead).orElseThrow();
        assertThat(retried.maxAttempts()).isEqualTo(2);
        assertThat(retried.finishedAt()).isNull();
        assertThat(retried.runAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(store.queries().retry(dead, T0)).isEqualTo(Change.refused(JobState.AVAILABLE));
        assertThat(store.queries().retry(424242, T0)).isEqualTo(Change.notFound());

        JobRecord again = claimOne("q");
        assertThat(store.queries().delete(dead)).isEqualTo(Change.refused(JobState.RUNNING));
        assertThat(store.queries().cancel(dead, T0)).isEqualTo(Change.applied(JobState.RUNNING));
        assertThat(store.queries().find(dead).orElseThrow().cancelRequested()).isTrue();
        assertThat(again.attempt()).isEqualTo(2);

        long waiting = insert(NewJob.of("b", "q", "{}"));
        assertThat(store.queries().cancel(waiting, T0)).isEqualTo(Change.applied(JobState.CANCELLED));
        assertThat(store.queries().cancel(waiting, T0)).isEqualTo(Change.refused(JobState.CANCELLED));
        assertThat(store.queries().delete(waiting)).isEqualTo(Change.applied(null));
        assertThat(store.queries().find(waiting)).isEmpty();
        assertThat(store.queries().delete(waiting)).isEqualTo(Change.notFound());
    }

    @Test
    void retryAndDeleteMatchingRespectStatesAndLimits() {
        List<InsertResult> r = store.jobs().insert(InsertParams.of(List.of(NewJob.of("a", "q", "{}"),
                NewJob.of("a", "q", "{}"), NewJob.of("a", "q", "{}"), NewJob.of("a", "q", "{}")), T0));
        store.queries().cancel(r.get(0).id(), T0);
        store.queries().cancel(r.get(1).id(), T0);
        claimOne("q");
        assertThat(store.queries().retryMatching(JobFilter.ALL, 1, T0)).isEqualTo(1);
        assertThat(store.queries().find(r.get(1).id()).orElseThrow().state()).isEqualTo(JobState.AVAILABLE);
        assertThat(store.queries().retryMatching(JobFilter.states(JobState.CANCELLED), 10, T0)).isEqualTo(1);
        assertThat(store.queries().deleteMatching(JobFilter.ALL, 10)).isEqualTo(3);
        assertThat(store.queries().list(new ListParams(JobFilter.ALL, null, 10)))
                .extracting(JobRecord::state).containsExactly(JobState.RUNNING);
    }
}
