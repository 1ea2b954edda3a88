package dev.docket.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.Backoff;
import dev.docket.Job;
import dev.docket.JobState;
import dev.docket.JobType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class DocketTestKitTest {
    record Welcome(String email) {
        static final JobType<Welcome> TYPE = JobType.of("mail.welcome", Welcome.class);
    }

    record Charge(int cents) {
        static final JobType<Charge> TYPE = JobType.of("billing.charge", Charge.class);
    }

    @Test
    void jobsRunOnlyWhenTheTestSaysSo() {
        List<String> sent = new ArrayList<>();
        try (DocketTestKit kit = DocketTestKit.create(b -> b.handle(Welcome.TYPE, (w, ctx) -> sent.add(w.email())))) {
            kit.docket().enqueue(new Welcome("ada@example.com"));
            kit.assertEnqueued("mail.welcome", "{\"email\": \"ada@example.com\"}");
            assertThat(sent).isEmpty();

            assertThat(kit.runDue()).isEqualTo(1);
            assertThat(sent).containsExactly("ada@example.com");
            assertThat(kit.jobs(JobState.SUCCEEDED)).hasSize(1);
        }
    }

    @Test
    void delayedJobsWaitForTheClock() {
        List<String> sent = new ArrayList<>();
        try (DocketTestKit kit = DocketTestKit.create(b -> b.handle(Welcome.TYPE, (w, ctx) -> sent.add(w.email())))) {
            kit.docket().enqueue(new Welcome("later@example.com"), o -> o.delay(Duration.ofMinutes(5)));
            assertThat(kit.runDue()).isZero();
            assertThat(kit.advance(Duration.ofMinutes(4))).isZero();
            assertThat(kit.advance(Duration.ofMinutes(1))).isEqualTo(1);
            assertThat(sent).containsExactly("later@example.com");
        }
    }

    @Test
    void retriesRunWhenTheirBackoffEnds() {
        List<Integer> attempts = new ArrayList<>();
        try (DocketTestKit kit = DocketTestKit.create(b -> b.backoff(Backoff.fixed(Duration.ofMinutes(10)))
                .handle(Charge.TYPE, (c, ctx) -> {
                    attempts.add(ctx.attempt());
                    if (ctx.attempt() < 3) {
                        throw new IllegalStateException("card declined");
                    }
                }))) {
            String id = kit.docket().enqueue(new Charge(500)).id();
            kit.runDue();
            assertThat(kit.job(id).state()).isEqualTo(JobState.RETRYABLE);
            kit.advance(Duration.ofMinutes(9));
            assertThat(attempts).containsExactly(1);
            kit.advance(Duration.ofMinutes(15));
            assertThat(attempts).containsExactly(1, 2, 3);
            Job done = kit.job(id);
            assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
            assertThat(done.finishedAt()).isEqualTo(DocketTestKit.DEFAULT_START.plus(Duration.ofMinutes(20)));
        }
    }

    @Test
    void aHandlerThatRunsPastItsTimeoutOnTheManualClockIsInterrupted() {
        try (DocketTestKit kit = DocketTestKit.create(b -> b.handle(JobType.of("slow.step", Welcome.class), (w, ctx) -> {
            DocketTestKitHolder.clock.advance(Duration.ofMinutes(2));
            new CountDownLatch(1).await();
        }, t -> t.timeout(Duration.ofMinutes(1)).maxAttempts(1)))) {
            DocketTestKitHolder.clock = kit.clock();
            String id = kit.docket().enqueue("slow.step", new Welcome("x"), o -> { }).id();
            kit.runDue();
            Job job = kit.job(id);
            assertThat(job.state()).isEqualTo(JobState.DEAD);
            assertThat(job.errors().get(0).message()).isEqualTo("timed out after 60s");
        }
    }

    @Test
    void assertionsSayWhatWasFoundInstead() {
        try (DocketTestKit kit = DocketTestKit.create(b -> b.register(Welcome.TYPE))) {
            kit.assertNothingEnqueued();
            kit.docket().enqueue(new Welcome("a@example.com"));
            assertThatThrownBy(() -> kit.assertEnqueued("mail.welcome", "{\"email\":\"b@example.com\"}"))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("a@example.com");
            assertThatThrownBy(kit::assertNothingEnqueued).hasMessageContaining("mail.welcome");
        }
    }

    /** Lets a handler reach the kit's clock. */
    static final class DocketTestKitHolder {
        static volatile ManualClock clock;
    }
}
