package dev.docket.tck;

import static dev.docket.tck.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobError;
import dev.docket.JobState;
import dev.docket.spi.Change;
import dev.docket.spi.JobFilter;
import dev.docket.spi.JobRecord;
import dev.docket.spi.ListParams;
import dev.docket.spi.Outcome;
import dev.docket.spi.RescueParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Operator actions on one job: retry, cancel, delete. */
class AdminActionsContractTest extends StoreTestSupport {

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"DEAD", "CANCELLED", "RETRYABLE", "SCHEDULED"})
    void retryMakesTheJobAvailableNow(JobState state) {
        long id = jobIn(state, job("q"));

        assertThat(queries().retry(id, at(30))).isEqualTo(Change.applied(JobState.AVAILABLE));

        JobRecord r = find(id);
        assertThat(r.state()).isEqualTo(JobState.AVAILABLE);
        assertThat(r.runAt()).isEqualTo(at(30));
        assertThat(r.finishedAt()).isNull();
        assertThat(claim("q", 1, at(31))).extracting(JobRecord::id).containsExactly(id);
    }

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"AVAILABLE", "RUNNING", "SUCCEEDED"})
    void retryIsRefusedInOtherStates(JobState state) {
        long id = jobIn(state, job("q"));
        JobRecord before = find(id);

        assertThat(queries().retry(id, at(30))).isEqualTo(Change.refused(state));
        assertThat(find(id)).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void retryOfAMissingJobIsNotFound() {
        assertThat(queries().retry(777_777, T0)).isEqualTo(Change.notFound());
    }

    @Test
    void retryGivesAnExhaustedJobOneMoreAttempt() {
        JobRecord c = running(job("q").withMaxAttempts(1));
        record(at(1), new Outcome.Failed(lease(c), error(c, "x", at(1)), null));

        queries().retry(c.id(), at(2));

        assertThat(find(c.id()).maxAttempts()).isEqualTo(2);
        assertThat(find(c.id()).attempt()).isEqualTo(1);
    }

    @Test
    void retryKeepsAHigherMaxAttempts() {
        long id = jobIn(JobState.DEAD, job("q").withMaxAttempts(5));

        queries().retry(id, at(2));

        assertThat(find(id).maxAttempts()).isEqualTo(5);
    }

    @Test
    void retryResetsTheLossCountAndKeepsTheErrors() {
        JobRecord c = running(job("q"));
        jobs().rescueExpired(new RescueParams(1, 10, T0.plus(LEASE).plusSeconds(1)));
        assertThat(find(c.id()).lostCount()).isEqualTo(1);
        assertThat(find(c.id()).state()).isEqualTo(JobState.DEAD);

        queries().retry(c.id(), at(900));

        JobRecord r = find(c.id());
        assertThat(r.lostCount()).isZero();
        assertThat(r.errors()).extracting(JobError::attempt).containsExactly(1);
    }

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"SCHEDULED", "AVAILABLE", "RETRYABLE"})
    void cancelFinishesAJobNotYetRunning(JobState state) {
        long id = jobIn(state, job("q"));

        assertThat(queries().cancel(id, at(40))).isEqualTo(Change.applied(JobState.CANCELLED));

        JobRecord r = find(id);
        assertThat(r.state()).isEqualTo(JobState.CANCELLED);
        assertThat(r.finishedAt()).isEqualTo(at(40));
        assertThat(claim("q", 1, at(41))).isEmpty();
    }

    @Test
    void cancelOfARunningJobOnlyAsksItToStop() {
        JobRecord c = running(job("q"));

        assertThat(queries().cancel(c.id(), at(3))).isEqualTo(Change.applied(JobState.RUNNING));

        JobRecord r = find(c.id());
        assertThat(r.state()).isEqualTo(JobState.RUNNING);
        assertThat(r.cancelRequested()).isTrue();
        assertThat(r.finishedAt()).isNull();
        assertThat(r.leaseExpiresAt()).isEqualTo(c.leaseExpiresAt());
        assertThat(r.worker()).isEqualTo(WORKER);
    }

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"SUCCEEDED", "DEAD", "CANCELLED"})
    void cancelOfAFinishedJobIsRefused(JobState state) {
        long id = jobIn(state, job("q"));
        JobRecord before = find(id);

        assertThat(queries().cancel(id, at(40))).isEqualTo(Change.refused(state));
        assertThat(find(id)).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void cancelOfAMissingJobIsNotFound() {
        assertThat(queries().cancel(777_777, T0)).isEqualTo(Change.notFound());
    }

    @ParameterizedTest
    @EnumSource(value = JobState.class, mode = EnumSource.Mode.EXCLUDE, names = "RUNNING")
    void deleteRemovesAnyJobNotRunning(JobState state) {
        long id = jobIn(state, job("q"));

        assertThat(queries().delete(id)).isEqualTo(Change.applied(null));

        assertThat(queries().find(id)).isEmpty();
        assertThat(queries().delete(id)).isEqualTo(Change.notFound());
    }

    @Test
    void deleteOfARunningJobIsRefused() {
        JobRecord c = running(job("q"));

        assertThat(queries().delete(c.id())).isEqualTo(Change.refused(JobState.RUNNING));
        assertThat(find(c.id()).state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    void deletedJobLeavesNoTrace() {
        long id = jobIn(JobState.DEAD, job("q"));
        queries().delete(id);

        assertThat(queries().list(new ListParams(JobFilter.ALL, null, 10))).isEmpty();
        assertThat(queries().countByQueueAndState()).isEmpty();
        assertThat(queries().retry(id, at(1))).isEqualTo(Change.notFound());
        assertThat(queries().cancel(id, at(1))).isEqualTo(Change.notFound());
    }
}
