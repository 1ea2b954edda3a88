package dev.docket.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Docket;
import dev.docket.Job;
import dev.docket.JobEvent;
import dev.docket.JobState;
import dev.docket.it.Await;
import dev.docket.it.EventRecorder;
import dev.docket.it.SharedStore;
import dev.docket.it.TestStore;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.NewJob;
import dev.docket.spi.InsertParams;
import dev.docket.spi.Outcome;
import dev.docket.spi.OutcomeParams;
import dev.docket.spi.OutcomeResult;
import dev.docket.spi.RescueParams;
import dev.docket.spi.Store;
import dev.docket.test.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A worker that lost its lease can never overwrite the newer attempt's outcome. */
class FencingTest {
    record Work(String who) {
    }

    /**
     * Two processes on one store, each with its own clock: process A's clock stands still while it
     * works (as if frozen), process B's runs 2 minutes ahead, rescues the job and runs attempt 2.
     * A's late success is rejected and B's result stands.
     */
    @Test
    void aFrozenWorkersLateCompletionIsRejected() throws Exception {
        try (Store store = TestStore.MEMORY.open()) {
            Instant t0 = Instant.parse("2030-01-01T00:00:00Z");
            ManualClock clockA = ManualClock.at(t0);
            ManualClock clockB = ManualClock.at(t0);
            CountDownLatch aRunning = new CountDownLatch(1);
            CountDownLatch aMayFinish = new CountDownLatch(1);
            EventRecorder eventsA = new EventRecorder();
            Docket a = Docket.builder().store(new SharedStore(store)).clock(clockA).lease(Duration.ofSeconds(30))
                    .maintenance(false).listener(eventsA)
                    .handleWithResult(dev.docket.JobType.of("test.work", Work.class), (args, ctx) -> {
                        aRunning.countDown();
                        aMayFinish.await();
                        return "from A";
                    }).build().start();
            String id = a.enqueue("test.work", new Work("x"), o -> { }).id();
            aRunning.await();

            clockB.advance(Duration.ofMinutes(2));
            Docket b = Docket.builder().store(new SharedStore(store)).clock(clockB).lease(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .handleWithResult(dev.docket.JobType.of("test.work", Work.class), (args, ctx) -> "from B")
                    .build().start();
            try {
                Job done = Await.value("attempt 2 succeeded", () -> b.admin().job(id)
                        .filter(j -> j.state() == JobState.SUCCEEDED).orElse(null));
                assertThat(done.attempt()).isEqualTo(2);
                assertThat(done.resultJson()).isEqualTo("\"from B\"");
                assertThat(done.errors()).extracting(e -> e.message()).anyMatch(m -> m.startsWith("worker lost"));

                aMayFinish.countDown();
                Await.until("A learns its lease is lost", () -> eventsA.count(JobEvent.Kind.LEASE_LOST, id) == 1);
                Job after = b.admin().job(id).orElseThrow();
                assertThat(after.state()).isEqualTo(JobState.SUCCEEDED);
                assertThat(after.attempt()).isEqualTo(2);
                assertThat(after.resultJson()).isEqualTo("\"from B\"");
                assertThat(eventsA.count(JobEvent.Kind.SUCCEEDED, id)).isZero();
            } finally {
                b.close(Duration.ZERO);
                a.close(Duration.ZERO);
            }
        }
    }

    /**
     * The same on the durable stores in their own clock: a stale worker (a raw claim whose lease
     * runs out) loses the job to a rescue and a new attempt, and its later outcome is rejected.
     */
    @ParameterizedTest
    @EnumSource(value = TestStore.class, names = {"SQLITE", "POSTGRES"})
    void aStaleAttemptCannotCompleteFailOrRenewOnDatabaseTime(TestStore kind) {
        try (Store store = kind.open()) {
            Instant now = Instant.now();
            long id = store.jobs().insert(InsertParams.of(List.of(NewJob.of("test.work", "default", "{}")), now)).get(0).id();
            List<JobRecord> stale = store.jobs().claim(new ClaimParams(List.of("default"), Set.of(), Set.of(), 1,
                    Duration.ofMillis(200), "frozen-worker", now));
            assertThat(stale).hasSize(1);
            Await.until("the stale lease expires and is rescued", () ->
                    !store.jobs().rescueExpired(new RescueParams(3, 10, Instant.now())).isEmpty());

            Docket fresh = Docket.builder().store(new SharedStore(store)).pollInterval(Duration.ofMillis(50))
                    .handleWithResult(dev.docket.JobType.of("test.work", Work.class), (args, ctx) -> "fresh")
                    .build().start();
            try {
                Job done = Await.value("attempt 2 succeeded", () -> fresh.admin().job(Long.toString(id))
                        .filter(j -> j.state() == JobState.SUCCEEDED).orElse(null));
                assertThat(done.attempt()).isEqualTo(2);

                LeaseRef old = new LeaseRef(id, 1);
                OutcomeResult late = store.jobs().recordOutcomes(new OutcomeParams(List.of(
                        new Outcome.Succeeded(old, "\"stale\"")), Instant.now()));
                assertThat(late.applied()).isEmpty();
                assertThat(late.rejected()).hasSize(1);
                Job after = fresh.admin().job(Long.toString(id)).orElseThrow();
                assertThat(after.resultJson()).isEqualTo("\"fresh\"");
                assertThat(after.state()).isEqualTo(JobState.SUCCEEDED);
            } finally {
                fresh.close(Duration.ZERO);
            }
        }
    }
}
