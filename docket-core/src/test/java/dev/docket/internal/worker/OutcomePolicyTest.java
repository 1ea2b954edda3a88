package dev.docket.internal.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Backoff;
import dev.docket.JobCancelledException;
import dev.docket.JobState;
import dev.docket.NonRetryableException;
import dev.docket.TypeOptions;
import dev.docket.spi.JobRecord;
import dev.docket.spi.Outcome;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OutcomePolicyTest {
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private final OutcomePolicy policy = new OutcomePolicy(Backoff.fixed(Duration.ofSeconds(7)), new SplittableRandom(1));

    private static JobRecord job(int attempt, int maxAttempts) {
        return JobRecord.builder().id(9).type("t").queue("q").state(JobState.RUNNING).argsJson("{}")
                .attempt(attempt).maxAttempts(maxAttempts).build();
    }

    @Test
    void failureWithAttemptsLeftIsRetriedAfterTheBackoff() {
        Outcome o = policy.failed(job(1, 3), null, new IOException("disk full"), null, null, NOW);
        assertThat(o).isInstanceOfSatisfying(Outcome.Failed.class, f -> {
            assertThat(f.retryIn()).isEqualTo(Duration.ofSeconds(7));
            assertThat(f.error().message()).isEqualTo("java.io.IOException: disk full");
            assertThat(f.error().stack()).contains("OutcomePolicyTest");
            assertThat(f.error().attempt()).isEqualTo(1);
        });
    }

    @Test
    void lastAttemptGoesDead() {
        Outcome o = policy.failed(job(3, 3), null, new IOException("x"), null, null, NOW);
        assertThat(((Outcome.Failed) o).dead()).isTrue();
    }

    @Test
    void nonRetryableGoesDeadAtOnceEvenWhenWrapped() {
        Outcome o = policy.failed(job(1, 20), null, new RuntimeException(new NonRetryableException("bad input")), null, null, NOW);
        assertThat(((Outcome.Failed) o).dead()).isTrue();
    }

    @Test
    void typeBackoffIsUsedWhenTheJobHasNone() {
        TypeOptions type = new TypeOptions().backoff(Backoff.fixed(Duration.ofMinutes(2)));
        Outcome o = policy.failed(job(1, 3), type, new IOException("x"), null, null, NOW);
        assertThat(((Outcome.Failed) o).retryIn()).isEqualTo(Duration.ofMinutes(2));
        JobRecord withOwn = job(1, 3).toBuilder().backoffInitialMs(1000L).backoffMaxMs(1000L).build();
        assertThat(((Outcome.Failed) policy.failed(withOwn, type, new IOException("x"), null, null, NOW)).retryIn())
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void timeoutIsAFailureThatSaysSo() {
        Outcome o = policy.failed(job(1, 3), null, new InterruptedException(), StopReason.TIMED_OUT, Duration.ofSeconds(30), NOW);
        assertThat(((Outcome.Failed) o).error().message()).isEqualTo("timed out after 30s");
        assertThat(((Outcome.Failed) o).dead()).isFalse();
    }

    @Test
    void cancellationIsRecordedAsCancelled() {
        assertThat(policy.failed(job(1, 3), null, new InterruptedException(), StopReason.CANCELLED, null, NOW))
                .isInstanceOf(Outcome.Cancelled.class);
        assertThat(policy.failed(job(1, 3), null, new JobCancelledException("stop"), null, null, NOW))
                .isInstanceOf(Outcome.Cancelled.class);
    }

    @Test
    void lostLeaseAndShutdownRecordNothing() {
        assertThat(policy.failed(job(1, 3), null, new InterruptedException(), StopReason.LEASE_LOST, null, NOW)).isNull();
        assertThat(policy.failed(job(1, 3), null, new InterruptedException(), StopReason.SHUTDOWN, null, NOW)).isNull();
    }
}
