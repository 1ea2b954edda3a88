package dev.docket.tck;

import static dev.docket.tck.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.Change;
import dev.docket.spi.InsertResult;
import dev.docket.spi.JobFilter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Unique keys: held by unfinished jobs only, one holder at a time, duplicates point at the holder. */
class UniqueKeyContractTest extends StoreTestSupport {

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"SCHEDULED", "AVAILABLE", "RUNNING", "RETRYABLE"})
    void unfinishedHolderMakesTheNewJobADuplicate(JobState state) {
        long holder = jobIn(state, job("q").withUniqueKey("k"));

        InsertResult dup = insert(at(1), Jobs.withArgs("q", "{\"other\":true}").withUniqueKey("k")).get(0);

        assertThat(dup).isEqualTo(new InsertResult(holder, state, true));
        assertThat(all()).extracting(r -> r.id()).containsExactly(holder);
        Jobs.assertSameJson(find(holder).argsJson(), "{}");
    }

    @ParameterizedTest
    @EnumSource(value = JobState.class, names = {"SUCCEEDED", "DEAD", "CANCELLED"})
    void finishedJobsDoNotHoldTheirKey(JobState state) {
        long old = jobIn(state, job("q").withUniqueKey("k"));

        InsertResult fresh = insert(at(1), job("q").withUniqueKey("k")).get(0);

        assertThat(fresh.duplicate()).isFalse();
        assertThat(fresh.id()).isGreaterThan(old);
        assertThat(fresh.state()).isEqualTo(JobState.AVAILABLE);
        assertThat(all()).hasSize(2);
    }

    @Test
    void secondJobOfABatchWithTheSameKeyIsTheFirstOnesDuplicate() {
        List<InsertResult> results = insert(T0,
                job("q").withUniqueKey("k"), job("q").withUniqueKey("k"), job("q").withUniqueKey("other"));

        assertThat(results.get(0).duplicate()).isFalse();
        assertThat(results.get(1)).isEqualTo(new InsertResult(results.get(0).id(), JobState.AVAILABLE, true));
        assertThat(results.get(2).duplicate()).isFalse();
        assertThat(all()).hasSize(2);
    }

    @Test
    void duplicateReportsTheHoldersStateNotTheNewJobs() {
        long holder = insertOne(job("q").withUniqueKey("k").withRunAt(at(3600)));

        InsertResult dup = insert(T0, job("q").withUniqueKey("k")).get(0);

        assertThat(dup).isEqualTo(new InsertResult(holder, JobState.SCHEDULED, true));
    }

    @Test
    void keyIsHeldAcrossQueuesAndTypes() {
        long holder = insertOne(job("a", "type.one").withUniqueKey("k"));

        InsertResult dup = insert(T0, job("b", "type.two").withUniqueKey("k")).get(0);

        assertThat(dup.duplicate()).isTrue();
        assertThat(dup.id()).isEqualTo(holder);
    }

    @Test
    void jobsWithoutKeyNeverCollide() {
        List<InsertResult> results = insert(T0, job("q"), job("q"));

        assertThat(results).noneMatch(InsertResult::duplicate);
        assertThat(all()).hasSize(2);
    }

    @Test
    void deletedJobReleasesItsKey() {
        long holder = insertOne(job("q").withUniqueKey("k"));
        assertThat(queries().delete(holder)).isEqualTo(Change.applied(null));

        assertThat(insert(T0, job("q").withUniqueKey("k")).get(0).duplicate()).isFalse();
    }

    @Test
    void retriedJobHoldsItsKeyAgain() {
        long dead = jobIn(JobState.DEAD, job("q").withUniqueKey("k"));
        assertThat(queries().retry(dead, at(1))).isEqualTo(Change.applied(JobState.AVAILABLE));

        InsertResult dup = insert(at(2), job("q").withUniqueKey("k")).get(0);

        assertThat(dup).isEqualTo(new InsertResult(dead, JobState.AVAILABLE, true));
    }

    @Test
    void retryIsRefusedWhileAnotherUnfinishedJobHoldsTheKey() {
        long dead = jobIn(JobState.DEAD, job("q").withUniqueKey("k"));
        long holder = insertOne(at(1), job("other").withUniqueKey("k"));

        assertThat(queries().retry(dead, at(2))).isEqualTo(Change.refused(JobState.DEAD));
        assertThat(queries().retryMatching(JobFilter.states(JobState.DEAD), 10, at(2))).isZero();
        assertThat(find(dead).state()).isEqualTo(JobState.DEAD);
        assertThat(find(holder).state()).isEqualTo(JobState.AVAILABLE);
    }
}
