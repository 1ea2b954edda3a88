package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobError;
import dev.docket.JobState;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.NewJob;
import dev.docket.spi.Outcome;
import dev.docket.spi.OutcomeParams;
import dev.docket.spi.OutcomeResult;
import dev.docket.spi.PruneParams;
import dev.docket.spi.ReleaseParams;
import dev.docket.spi.RenewParams;
import dev.docket.spi.RenewedLease;
import dev.docket.spi.RescueParams;
import dev.docket.spi.RescuedJob;
import dev.docket.spi.StageParams;
import dev.docket.spi.StageResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lifecycle verbs on PostgreSQL, with time driven through {@code now} (database clock off). */
class JobLifecycleTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);

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

    private List<InsertResult> insert(Instant now, NewJob... jobs) {
        return store.jobs().insert(InsertParams.of(List.of(jobs), now));
    }

    private List<JobRecord> claim(String queue, int limit, Instant now) {
        return store.jobs().claim(new ClaimParams(List.of(queue), null, null, limit, LEASE, "w1", now));
    }

    @Test
    void insertAssignsIncreasingIdsInInputOrderAndStatesByRunTime() {
        List<InsertResult> r = insert(T0,
                NewJob.of("a", "q", "{\"n\":1}"),
                NewJob.of("b", "q", "{\"n\":2}").withDelay(Duration.ofMinutes(1)),
                NewJob.of("c", "q", "{\"n\":3}").withRunAt(T0.minusSeconds(5)).withPriority(3)
                        .withMeta(Map.of("k", "v")).withTimeoutMs(500L).withBackoffMs(10L, 20L));
        assertThat(r).extracting(InsertResult::state)
                .containsExactly(JobState.AVAILABLE, JobState.SCHEDULED, JobState.AVAILABLE);
        assertThat(r.get(0).id()).isLessThan(r.get(1).id());
        assertThat(r.get(1).id()).isLessThan(r.get(2).id());
        JobRecord c = store.queries().find(r.get(2).id()).orElseThrow();
        assertThat(c.type()).isEqualTo("c");
        assertThat(c.argsJson()).isEqualTo("{\"n\":3}");
        assertThat(c.runAt()).isEqualTo(T0.minusSeconds(5));
        assertThat(c.createdAt()).isEqualTo(T0);
        assertThat(c.meta()).isEqualTo(Map.of("k", "v"));
        assertThat(c.priority()).isEqualTo(3);
        assertThat(c.timeoutMs()).isEqualTo(500L);
        assertThat(c.backoffInitialMs()).isEqualTo(10L);
        assertThat(c.backoffMaxMs()).isEqualTo(20L);
        assertThat(store.queries().find(r.get(1).id()).orElseThrow().runAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void claimTakesByPriorityThenRunTimeThenIdAndStartsAttempts() {
        insert(T0, NewJob.of("low", "q", "{}").withPriority(5), NewJob.of("old", "q", "{}")
                .withRunAt(T0.minusSeconds(10)), NewJob.of("new", "q", "{}"), NewJob.of("other", "r", "{}"));
        List<JobRecord> got = claim("q", 2, T0.plusSeconds(1));
        assertThat(got).extracting(JobRecord::type).containsExactly("old", "new");
        JobRecord first = got.get(0);
        assertThat(first.state()).isEqualTo(JobState.RUNNING);
        assertThat(first.attempt()).isEqualTo(1);
        assertThat(first.worker()).isEqualTo("w1");
        assertThat(first.attemptedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(first.leaseExpiresAt()).isEqualTo(T0.plusSeconds(31));
        assertThat(claim("q", 5, T0)).extracting(JobRecord::type).containsExactly("low");
        List<JobRecord> both = store.jobs().claim(new ClaimParams(List.of("q", "r"), null, null, 5, LEASE,
                "w1", T0));
        assertThat(both).extracting(JobRecord::type).containsExactly("other");
    }

    @Test
    void claimHonoursTypeFiltersAndPausedQueues() {
        insert(T0, NewJob.of("a", "q", "{}"), NewJob.of("b", "q", "{}"), NewJob.of("c", "q", "{}"));
        assertThat(store.jobs().claim(new ClaimParams(List.of("q"), Set.of("a", "b"), Set.of("b"), 9, LEASE,
                "w", T0))).extracting(JobRecord::type).containsExactly("a");
        store.queues().setPaused("q", true, T0);
        assertThat(claim("q", 9, T0)).isEmpty();
        assertThat(store.jobs().claim(new ClaimParams(List.of("q", "z"), null, null, 9, LEASE, "w", T0)))
                .isEmpty();
        store.queues().setPaused("q", false, T0);
        assertThat(store.jobs().claim(new ClaimParams(List.of("q", "z"), null, Set.of("c"), 9, LEASE, "w",
                T0))).extracting(JobRecord::type).containsExactly("b");
    }

    @Test
    void outcomesApplyOnlyToTheRunningAttempt() {
        insert(T0, NewJob.of("s", "q", "{}"), NewJob.of("d", "q", "{}"), NewJob.of("r", "q", "{}"),
                NewJob.of("z", "q", "{}"), NewJob.of("x", "q", "{}"));
        List<JobRecord> got = claim("q", 5, T0);
        Map<String, LeaseRef> lease = new java.util.HashMap<>();
        got.forEach(j -> lease.put(j.type(), new LeaseRef(j.id(), j.attempt())));
        Instant t1 = T0.plusSeconds(2);
        JobError boom = new JobError(1, t1, "IllegalStateException: boom", "at x");
        OutcomeResult result = store.jobs().recordOutcomes(new OutcomeParams(List.of(
                new Outcome.Succeeded(lease.get("s"), "{\"ok\":true}"),
                new Outcome.Failed(lease.get("d"), boom, null),
                new Outcome.Failed(lease.get("r"), boom, Duration.ofSeconds(10)),
                new Outcome.Failed(lease.get("z"), boom, Duration.ZERO),
                new Outcome.Cancelled(lease.get("x"), new JobError(1, t1, "stopped", null)),
                new Outcome.Succeeded(new LeaseRef(lease.get("s").id(), 7), null)), t1));
        assertThat(result.applied()).hasSize(5);
        assertThat(result.rejected()).hasSize(1);
        JobRecord s = store.queries().find(lease.get("s").id()).orElseThrow();
        assertThat(s.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(s.resultJson()).isEqualTo("{\"ok\":true}");
        assertThat(s.finishedAt()).isEqualTo(t1);
        assertThat(s.worker()).isNull();
        assertThat(s.leaseExpiresAt()).isNull();
        JobRecord d = store.queries().find(lease.get("d").id()).orElseThrow();
        assertThat(d.state()).isEqualTo(JobState.DEAD);
        assertThat(d.errors()).containsExactly(boom);
        JobRecord r = store.queries().find(lease.get("r").id()).orElseThrow();
        assertThat(r.state()).isEqualTo(JobState.RETRYABLE);
        assertThat(r.runAt()).isEqualTo(t1.plusSeconds(10));
        assertThat(r.finishedAt()).isNull();
        JobRecord z = store.queries().find(lease.get("z").id()).orElseThrow();
        assertThat(z.state()).isEqualTo(JobState.AVAILABLE);
        assertThat(z.runAt()).isEqualTo(t1);
        JobRecord x = store.queries().find(lease.get("x").id()).orElseThrow();
        assertThat(x.state()).isEqualTo(JobState.CANCELLED);
        assertThat(x.errors()).extracting(JobError::message).containsExactly("stopped");
    }

    @Test
    void renewExtendsHeldLeasesOnlyAndReleaseHandsBack() {
        insert(T0, NewJob.of("a", "q", "{}"), NewJob.of("b", "q", "{}"));
        List<JobRecord> got = claim("q", 2, T0);
        LeaseRef a = new LeaseRef(got.get(0).id(), 1);
        LeaseRef b = new LeaseRef(got.get(1).id(), 1);
        store.queries().cancel(b.id(), T0);
        List<RenewedLease> renewed = store.jobs().renewLeases(new RenewParams(
                List.of(a, b, new LeaseRef(a.id(), 2)), Duration.ofMinutes(1), Map.of(a.id(), "{\"p\":1}"),
                T0.plusSeconds(5)));
        assertThat(renewed).extracting(RenewedLease::lease).containsExactlyInAnyOrder(a, b);
        RenewedLease ra = renewed.stream().filter(l -> l.lease().equals(a)).findFirst().orElseThrow();
        assertThat(ra.expiresAt()).isEqualTo(T0.plusSeconds(65));
        assertThat(ra.cancelRequested()).isFalse();
        assertThat(renewed.stream().filter(l -> l.lease().equals(b)).findFirst().orElseThrow()
                .cancelRequested()).isTrue();
        assertThat(store.queries().find(a.id()).orElseThrow().progressJson()).isEqualTo("{\"p\":1}");
        assertThat(store.jobs().release(new ReleaseParams(List.of(a, b, new LeaseRef(a.id(), 9)), T0)))
                .isEqualTo(2);
        JobRecord ja = store.queries().find(a.id()).orElseThrow();
        assertThat(ja.state()).isEqualTo(JobState.AVAILABLE);
        assertThat(ja.attempt()).isEqualTo(1);
        assertThat(ja.worker()).isNull();
        assertThat(store.queries().find(b.id()).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
    }

    @Test
    void stageRescueAndPruneFollowTheClock() {
        List<InsertResult> r = insert(T0, NewJob.of("later", "q", "{}").withDelay(Duration.ofSeconds(10)),
                NewJob.of("lost", "q2", "{}").withMaxAttempts(5), NewJob.of("spent", "q3", "{}").withMaxAttempts(1));
        assertThat(store.jobs().stageDue(new StageParams(10, T0.plusSeconds(9)))).isEqualTo(StageResult.NONE);
        StageResult staged = store.jobs().stageDue(new StageParams(10, T0.plusSeconds(10)));
        assertThat(staged.count()).isEqualTo(1);
        assertThat(staged.queues()).containsExactly("q");

        claim("q2", 1, T0);
        claim("q3", 1, T0);
        assertThat(store.jobs().rescueExpired(new RescueParams(3, 10, T0.plusSeconds(30)))).isEmpty();
        List<RescuedJob> rescued = store.jobs().rescueExpired(new RescueParams(3, 10, T0.plusSeconds(31)));
        assertThat(rescued).extracting(RescuedJob::type, RescuedJob::state).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("lost", JobState.AVAILABLE),
                org.assertj.core.groups.Tuple.tuple("spent", JobState.DEAD));
        JobRecord lost = store.queries().find(r.get(1).id()).orElseThrow();
        assertThat(lost.lostCount()).isEqualTo(1);
        assertThat(lost.runAt()).as("a rescued job keeps its place in the queue").isEqualTo(T0);
        assertThat(lost.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).startsWith("worker lost:").contains("expired");
            assertThat(e.attempt()).isEqualTo(1);
            assertThat(e.at()).isEqualTo(T0.plusSeconds(31));
        });
        Duration day = Duration.ofDays(1);
        assertThat(store.jobs().prune(new PruneParams(day, day, day, 10, T0.plusSeconds(31).plus(day))))
                .isZero();
        assertThat(store.jobs().prune(new PruneParams(day, day, day, 10, T0.plusSeconds(32).plus(day))))
                .isEqualTo(1);
        assertThat(store.queries().find(r.get(2).id())).isEmpty();
    }

    @Test
    void rescueGivesUpAfterMaxLossesAndCancelsWhenAsked() {
        List<InsertResult> r = insert(T0, NewJob.of("a", "q", "{}"), NewJob.of("b", "q2", "{}"));
        Instant t = T0;
        for (int loss = 1; loss <= 2; loss++) {
            claim("q", 1, t);
            t = t.plusSeconds(31);
            assertThat(store.jobs().rescueExpired(new RescueParams(2, 1, t))).singleElement()
                    .extracting(RescuedJob::state).isEqualTo(loss < 2 ? JobState.AVAILABLE : JobState.DEAD);
        }
        JobRecord a = store.queries().find(r.get(0).id()).orElseThrow();
        assertThat(a.errors()).last().extracting(JobError::message).asString().contains("lost 2 times");
        claim("q2", 1, t);
        store.queries().cancel(r.get(1).id(), t);
        assertThat(store.jobs().rescueExpired(new RescueParams(2, 5, t.plusSeconds(31)))).singleElement()
                .extracting(RescuedJob::state).isEqualTo(JobState.CANCELLED);
    }
}
