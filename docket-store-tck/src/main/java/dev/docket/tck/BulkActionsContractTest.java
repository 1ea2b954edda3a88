package dev.docket.tck;

import static dev.docket.tck.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.JobFilter;
import dev.docket.spi.JobRecord;
import dev.docket.spi.Outcome;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code retryMatching} and {@code deleteMatching}: the single-job rules applied to every match. */
class BulkActionsContractTest extends StoreTestSupport {

    private Map<Long, JobState> states() {
        return all().stream().collect(Collectors.toMap(JobRecord::id, JobRecord::state));
    }

    private Map<JobState, Long> oneInEachState(String queuePrefix) {
        Map<JobState, Long> ids = new EnumMap<>(JobState.class);
        for (JobState s : JobState.values()) {
            ids.put(s, jobIn(s, job(queuePrefix + s.wireName())));
        }
        return ids;
    }

    @Test
    void retryMatchingMovesOnlyRetriableStates() {
        Map<JobState, Long> ids = oneInEachState("q-");

        int moved = queries().retryMatching(JobFilter.ALL, 100, at(5));

        assertThat(moved).isEqualTo(4);
        Map<Long, JobState> after = states();
        assertThat(after.get(ids.get(JobState.DEAD))).isEqualTo(JobState.AVAILABLE);
        assertThat(after.get(ids.get(JobState.CANCELLED))).isEqualTo(JobState.AVAILABLE);
        assertThat(after.get(ids.get(JobState.RETRYABLE))).isEqualTo(JobState.AVAILABLE);
        assertThat(after.get(ids.get(JobState.SCHEDULED))).isEqualTo(JobState.AVAILABLE);
        assertThat(after.get(ids.get(JobState.RUNNING))).isEqualTo(JobState.RUNNING);
        assertThat(after.get(ids.get(JobState.SUCCEEDED))).isEqualTo(JobState.SUCCEEDED);
        assertThat(find(ids.get(JobState.DEAD)).runAt()).isEqualTo(at(5));
        assertThat(find(ids.get(JobState.DEAD)).finishedAt()).isNull();
    }

    @Test
    void retryMatchingRespectsTheFilterAndLimit() {
        long a1 = jobIn(JobState.DEAD, job("a"));
        long a2 = jobIn(JobState.DEAD, job("a"));
        long a3 = jobIn(JobState.DEAD, job("a"));
        long b = jobIn(JobState.DEAD, job("b"));

        assertThat(queries().retryMatching(JobFilter.states(JobState.DEAD).withQueue("a"), 2, at(5))).isEqualTo(2);
        assertThat(find(b).state()).isEqualTo(JobState.DEAD);
        assertThat(Stream.of(a1, a2, a3).map(id -> find(id).state()))
                .containsExactlyInAnyOrder(JobState.AVAILABLE, JobState.AVAILABLE, JobState.DEAD);

        assertThat(queries().retryMatching(JobFilter.states(JobState.DEAD).withQueue("a"), 2, at(5))).isEqualTo(1);
        assertThat(queries().retryMatching(JobFilter.states(JobState.DEAD).withQueue("a"), 2, at(5))).isZero();
    }

    @Test
    void retryMatchingRaisesMaxAttemptsLikeRetry() {
        JobRecord c = running(job("q").withMaxAttempts(1));
        record(at(1), new Outcome.Failed(lease(c), error(c, "x", at(1)), null));

        queries().retryMatching(JobFilter.ALL.withSearch("x"), 10, at(2));

        assertThat(find(c.id()).maxAttempts()).isEqualTo(2);
        assertThat(find(c.id()).state()).isEqualTo(JobState.AVAILABLE);
    }

    @Test
    void deleteMatchingNeverRemovesRunningJobs() {
        Map<JobState, Long> ids = oneInEachState("q-");

        int deleted = queries().deleteMatching(JobFilter.ALL, 100);

        assertThat(deleted).isEqualTo(6);
        assertThat(states()).containsOnly(Map.entry(ids.get(JobState.RUNNING), JobState.RUNNING));
    }

    @Test
    void deleteMatchingRespectsTheFilterAndLimit() {
        insertOne(job("keep"));
        jobIn(JobState.DEAD, job("drop"));
        jobIn(JobState.DEAD, job("drop"));
        jobIn(JobState.DEAD, job("drop"));
        long available = insertOne(job("drop"));

        assertThat(queries().deleteMatching(JobFilter.states(JobState.DEAD).withQueue("drop"), 2)).isEqualTo(2);
        assertThat(all()).hasSize(3);
        assertThat(queries().deleteMatching(JobFilter.states(JobState.DEAD).withQueue("drop"), 2)).isEqualTo(1);
        assertThat(all()).extracting(JobRecord::queue).containsExactlyInAnyOrder("keep", "drop");
        assertThat(find(available).state()).isEqualTo(JobState.AVAILABLE);
    }

    @Test
    void deleteMatchingBySearch() {
        long hit = insertOne(Jobs.withArgs("q", "{\"tenant\":\"ACME\"}"));
        long miss = insertOne(Jobs.withArgs("q", "{\"tenant\":\"other\"}"));

        assertThat(queries().deleteMatching(JobFilter.ALL.withSearch("acme"), 10)).isEqualTo(1);
        assertThat(queries().find(hit)).isEmpty();
        assertThat(queries().find(miss)).isPresent();
    }

    @Test
    void nothingMatchingMovesNothing() {
        insertOne(job("q"));

        assertThat(queries().retryMatching(JobFilter.ALL.withQueue("none"), 10, T0)).isZero();
        assertThat(queries().deleteMatching(JobFilter.ALL.withQueue("none"), 10)).isZero();
        assertThat(all()).hasSize(1);
    }
}
