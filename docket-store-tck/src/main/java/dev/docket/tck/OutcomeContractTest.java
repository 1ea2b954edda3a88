package dev.docket.tck;

import static dev.docket.tck.Jobs.assertSameJson;
import static dev.docket.tck.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobError;
import dev.docket.JobState;
import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.Outcome;
import dev.docket.spi.OutcomeParams;
import dev.docket.spi.OutcomeResult;
import dev.docket.spi.ReleaseParams;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code recordOutcomes}: each outcome's end state and fields, errors, and fencing by attempt. */
class OutcomeContractTest extends StoreTestSupport {

    @Test
    void succeededFinishesWithTheResultAndClearsTheLease() {
        JobRecord c = running(job("q"));

        OutcomeResult result = record(at(7), new Outcome.Succeeded(lease(c), "{\"sent\":3}"));

        assertThat(result.applied()).hasSize(1);
        assertThat(result.rejected()).isEmpty();
        JobRecord r = find(c.id());
        assertThat(r.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(r.finishedAt()).isEqualTo(at(7));
        assertSameJson(r.resultJson(), "{\"sent\":3}");
        assertThat(r.leaseExpiresAt()).isNull();
        assertThat(r.worker()).isNull();
        assertThat(r.attempt()).isEqualTo(1);
        assertThat(r.attemptedAt()).isEqualTo(T0);
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void succeededWithoutResultKeepsNoResult() {
        JobRecord c = running(job("q"));

        record(at(1), new Outcome.Succeeded(lease(c), null));

        assertThat(find(c.id()).resultJson()).isNull();
        assertThat(find(c.id()).state()).isEqualTo(JobState.SUCCEEDED);
    }

    @Test
    void aSuccessNotKeptDeletesTheJobUnderTheSameFence() {
        JobRecord done = running(job("a"));
        JobRecord failing = running(job("b"));
        JobRecord stale = running(job("c"));

        OutcomeResult result = jobs().recordOutcomes(new OutcomeParams(List.of(
                new Outcome.Succeeded(lease(done), "{\"sent\":3}"),
                new Outcome.Failed(lease(failing), error(failing, "nope", at(7)), null),
                new Outcome.Succeeded(new LeaseRef(stale.id(), stale.attempt() + 1), null)), at(7), false));

        assertThat(result.applied()).extracting(Outcome::lease).containsExactlyInAnyOrder(lease(done), lease(failing));
        assertThat(result.rejected()).extracting(Outcome::lease)
                .containsExactly(new LeaseRef(stale.id(), stale.attempt() + 1));
        assertThat(queries().find(done.id())).isEmpty();
        assertThat(find(failing.id()).state()).isEqualTo(JobState.DEAD);
        assertThat(find(failing.id()).errors()).extracting(JobError::message).containsExactly("nope");
        assertThat(find(stale.id()).state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    void failedWithoutRetryIsDeadWithTheErrorAppended() {
        JobRecord c = running(job("q"));
        JobError error = new JobError(1, at(6), "java.lang.IllegalStateException: nope", "at x.y(Z.java:1)");

        record(at(7), new Outcome.Failed(lease(c), error, null));

        JobRecord r = find(c.id());
        assertThat(r.state()).isEqualTo(JobState.DEAD);
        assertThat(r.finishedAt()).isEqualTo(at(7));
        assertThat(r.leaseExpiresAt()).isNull();
        assertThat(r.worker()).isNull();
        assertThat(r.errors()).containsExactly(error);
    }

    @Test
    void failedWithRetryInIsRetryableAndDueLater() {
        JobRecord c = running(job("q"));

        record(at(7), new Outcome.Failed(lease(c), error(c, "flaky", at(7)), Duration.ofSeconds(30)));

        JobRecord r = find(c.id());
        assertThat(r.state()).isEqualTo(JobState.RETRYABLE);
        assertThat(r.runAt()).isEqualTo(at(37));
        assertThat(r.finishedAt()).isNull();
        assertThat(r.leaseExpiresAt()).isNull();
        assertThat(r.worker()).isNull();
        assertThat(r.attempt()).isEqualTo(1);
        assertThat(r.errors()).extracting(JobError::message).containsExactly("flaky");
    }

    @Test
    void failedWithZeroRetryInIsAvailableAtOnce() {
        JobRecord c = running(job("q"));

        record(at(7), new Outcome.Failed(lease(c), error(c, "flaky", at(7)), Duration.ZERO));

        JobRecord r = find(c.id());
        assertThat(r.state()).isEqualTo(JobState.AVAILABLE);
        assertThat(r.runAt()).isEqualTo(at(7));
        assertThat(claim("q", 1, at(8))).extracting(JobRecord::attempt).containsExactly(2);
    }

    @Test
    void failedWithNegativeRetryInIsAvailableAtOnce() {
        JobRecord c = running(job("q"));

        record(at(7), new Outcome.Failed(lease(c), error(c, "flaky", at(7)), Duration.ofSeconds(-5)));

        assertThat(find(c.id()).state()).isEqualTo(JobState.AVAILABLE);
        assertThat(find(c.id()).runAt()).isEqualTo(at(7));
    }

    @Test
    void theOutcomeDecidesRetriesNotMaxAttempts() {
        JobRecord c = running(job("q").withMaxAttempts(1));

        record(at(1), new Outcome.Failed(lease(c), error(c, "flaky", at(1)), Duration.ofSeconds(5)));

        assertThat(find(c.id()).state()).isEqualTo(JobState.RETRYABLE);
    }

    @Test
    void errorsAccumulateOldestFirstWithTheirAttemptNumbers() {
        JobRecord first = running(job("q"));
        record(at(1), new Outcome.Failed(lease(first), error(first, "first", at(1)), Duration.ZERO));
        JobRecord second = claim("q", 1, at(2)).get(0);
        record(at(3), new Outcome.Failed(lease(second), error(second, "second", at(3)), null));

        List<JobError> errors = find(first.id()).errors();

        assertThat(errors).extracting(JobError::attempt).containsExactly(1, 2);
        assertThat(errors).extracting(JobError::message).containsExactly("first", "second");
        assertThat(errors).extracting(JobError::at).containsExactly(at(1), at(3));
        assertThat(errors).extracting(JobError::stack).containsExactly("stack of first", "stack of second");
    }

    @Test
    void errorIsStoredWithTheLeasesAttemptNumber() {
        JobRecord first = running(job("q"));
        jobs().release(new ReleaseParams(List.of(lease(first)), at(1)));
        JobRecord second = claim("q", 1, at(2)).get(0);

        record(at(3), new Outcome.Failed(lease(second), new JobError(0, at(3), "no attempt given", null), null));

        assertThat(find(second.id()).errors()).extracting(JobError::attempt).containsExactly(2);
    }

    @Test
    void cancelledFinishesAndKeepsTheReason() {
        JobRecord c = running(job("q"));

        record(at(4), new Outcome.Cancelled(lease(c), error(c, "cancelled by operator", at(4))));

        JobRecord r = find(c.id());
        assertThat(r.state()).isEqualTo(JobState.CANCELLED);
        assertThat(r.finishedAt()).isEqualTo(at(4));
        assertThat(r.leaseExpiresAt()).isNull();
        assertThat(r.worker()).isNull();
        assertThat(r.errors()).extracting(JobError::message).containsExactly("cancelled by operator");
    }

    @Test
    void cancelledWithoutReasonAppendsNoError() {
        JobRecord c = running(job("q"));

        record(at(4), new Outcome.Cancelled(lease(c), null));

        assertThat(find(c.id()).state()).isEqualTo(JobState.CANCELLED);
        assertThat(find(c.id()).errors()).isEmpty();
    }

    @Test
    void leavingRunningClearsCancelRequested() {
        JobRecord c = running(job("q"));
        queries().cancel(c.id(), at(1));

        record(at(2), new Outcome.Succeeded(lease(c), null));

        assertThat(find(c.id()).cancelRequested()).isFalse();
        assertThat(find(c.id()).state()).isEqualTo(JobState.SUCCEEDED);
    }

    @Test
    void staleAttemptIsRejectedForEveryKindOfOutcome() {
        JobRecord first = running(job("q"));
        jobs().release(new ReleaseParams(List.of(lease(first)), at(1)));
        JobRecord second = claim("q", 1, at(2)).get(0);
        LeaseRef stale = lease(first);
        JobRecord before = find(second.id());

        for (Outcome o : List.of(new Outcome.Succeeded(stale, "{}"),
                new Outcome.Failed(stale, error(first, "late", at(3)), null),
                new Outcome.Failed(stale, error(first, "late", at(3)), Duration.ZERO),
                new Outcome.Cancelled(stale, error(first, "late", at(3))))) {
            OutcomeResult result = record(at(3), o);
            assertThat(result.applied()).as("%s", o).isEmpty();
            assertThat(result.rejected()).as("%s", o).containsExactly(o);
        }

        assertThat(find(second.id())).usingRecursiveComparison().isEqualTo(before);
        assertThat(before.state()).isEqualTo(JobState.RUNNING);
        assertThat(before.attempt()).isEqualTo(2);
    }

    @Test
    void outcomeForAJobNoLongerRunningIsRejected() {
        JobRecord c = running(job("q"));
        record(at(1), new Outcome.Succeeded(lease(c), "{\"first\":true}"));

        OutcomeResult again = record(at(2), new Outcome.Failed(lease(c), error(c, "late", at(2)), null));

        assertThat(again.rejected()).hasSize(1);
        JobRecord r = find(c.id());
        assertThat(r.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(r.finishedAt()).isEqualTo(at(1));
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void outcomeForAMissingJobIsRejected() {
        Outcome o = new Outcome.Succeeded(new LeaseRef(424242, 1), null);

        assertThat(record(T0, o).rejected()).containsExactly(o);
    }

    @Test
    void aBatchAppliesTheHeldAndRejectsTheRestInOrder() {
        JobRecord a = running(job("a"));
        JobRecord b = running(job("b"));
        JobRecord c = running(job("c"));
        Outcome okA = new Outcome.Succeeded(lease(a), null);
        Outcome staleB = new Outcome.Succeeded(new LeaseRef(b.id(), 7), null);
        Outcome okC = new Outcome.Failed(lease(c), error(c, "x", at(1)), null);
        Outcome missing = new Outcome.Succeeded(new LeaseRef(999_999, 1), null);

        OutcomeResult result = record(at(1), okA, staleB, okC, missing);

        assertThat(result.applied()).containsExactly(okA, okC);
        assertThat(result.rejected()).containsExactly(staleB, missing);
        assertThat(find(b.id()).state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    void anExpiredButUnrescuedLeaseStillRecords() {
        JobRecord c = running(job("q"));

        OutcomeResult result = record(T0.plus(LEASE).plusSeconds(60), new Outcome.Succeeded(lease(c), null));

        assertThat(result.applied()).hasSize(1);
        assertThat(find(c.id()).state()).isEqualTo(JobState.SUCCEEDED);
    }

    @Test
    void emptyBatchRecordsNothing() {
        OutcomeResult result = record(T0);

        assertThat(result.applied()).isEmpty();
        assertThat(result.rejected()).isEmpty();
    }
}
