package dev.docket.tck;

import static dev.docket.tck.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.JobRecord;
import dev.docket.spi.MinuteCount;
import dev.docket.spi.NewJob;
import dev.docket.spi.Outcome;
import dev.docket.spi.StateCount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dashboard's numbers: counts per queue and state, queue latency, finished jobs per minute. */
class StatsContractTest extends StoreTestSupport {

    @Test
    void countsArePerQueueAndStateAndOnlyNonZero() {
        insert(T0, job("a"), job("a"), job("b").withRunAt(at(60)));
        jobIn(JobState.DEAD, job("b"));
        jobIn(JobState.RUNNING, job("c"));

        assertThat(queries().countByQueueAndState()).containsExactlyInAnyOrder(
                new StateCount("a", JobState.AVAILABLE, 2),
                new StateCount("b", JobState.SCHEDULED, 1),
                new StateCount("b", JobState.DEAD, 1),
                new StateCount("c", JobState.RUNNING, 1));
    }

    @Test
    void countsFollowStateChanges() {
        JobRecord c = running(job("a"));
        record(at(1), new Outcome.Succeeded(lease(c), null));

        assertThat(queries().countByQueueAndState()).containsExactly(new StateCount("a", JobState.SUCCEEDED, 1));
    }

    @Test
    void emptyStoreHasNoCounts() {
        assertThat(queries().countByQueueAndState()).isEmpty();
    }

    @Test
    void latencyIsHowLongTheOldestAvailableJobHasBeenDueEvenWhenPaused() {
        insert(T0, job("a").withRunAt(at(-30)), job("a").withRunAt(at(-90)).withPriority(9), job("a"));
        insert(T0, job("b").withRunAt(at(-5)));
        insertOne(job("c").withRunAt(at(600)));
        insertOne(job("d").withRunAt(at(-1000)));
        claim("d", 1, T0);
        store.queues().setPaused("b", true, T0);

        Map<String, Duration> latency = queries().queueLatency(at(10));

        assertThat(latency).containsOnly(
                Map.entry("a", Duration.ofSeconds(100)),
                Map.entry("b", Duration.ofSeconds(15)));
    }

    @Test
    void latencyIsNeverNegative() {
        insertOne(at(100), job("a"));

        assertThat(queries().queueLatency(T0)).containsOnly(Map.entry("a", Duration.ZERO));
    }

    @Test
    void finishedPerMinuteGroupsByUtcMinuteAndStateOldestFirst() {
        finish(job("q"), Instant.parse("2030-01-01T10:01:59.999Z"), true);
        finish(job("q"), Instant.parse("2030-01-01T10:01:00Z"), true);
        finish(job("q"), Instant.parse("2030-01-01T10:01:30Z"), false);
        finish(job("q"), Instant.parse("2030-01-01T10:00:05Z"), true);
        finish(job("q"), Instant.parse("2030-01-01T10:03:00Z"), true);

        List<MinuteCount> counts = queries().finishedPerMinute(Duration.ofMinutes(10),
                Instant.parse("2030-01-01T10:05:00Z"));

        assertThat(counts).extracting(MinuteCount::minute).isSorted();
        assertThat(counts).containsExactlyInAnyOrder(
                new MinuteCount(Instant.parse("2030-01-01T10:00:00Z"), JobState.SUCCEEDED, 1),
                new MinuteCount(Instant.parse("2030-01-01T10:01:00Z"), JobState.SUCCEEDED, 2),
                new MinuteCount(Instant.parse("2030-01-01T10:01:00Z"), JobState.DEAD, 1),
                new MinuteCount(Instant.parse("2030-01-01T10:03:00Z"), JobState.SUCCEEDED, 1));
    }

    @Test
    void finishedPerMinuteCountsFromTheStartOfTheWindowInclusive() {
        finish(job("q"), Instant.parse("2030-01-01T10:00:00Z"), true);
        finish(job("q"), Instant.parse("2030-01-01T09:59:59.999Z"), true);
        long cancelled = insertOne(job("c"));
        queries().cancel(cancelled, Instant.parse("2030-01-01T10:00:30Z"));

        List<MinuteCount> counts = queries().finishedPerMinute(Duration.ofMinutes(5),
                Instant.parse("2030-01-01T10:05:00Z"));

        assertThat(counts).containsExactlyInAnyOrder(
                new MinuteCount(Instant.parse("2030-01-01T10:00:00Z"), JobState.SUCCEEDED, 1),
                new MinuteCount(Instant.parse("2030-01-01T10:00:00Z"), JobState.CANCELLED, 1));
    }

    @Test
    void retriedJobsNoLongerCountAsFinished() {
        long id = jobIn(JobState.DEAD, job("q"));
        queries().retry(id, at(1));

        assertThat(queries().finishedPerMinute(Duration.ofHours(1), at(60))).isEmpty();
    }

    private void finish(NewJob job, Instant at, boolean success) {
        JobRecord c = running(job, at.minusSeconds(1));
        Outcome o = success ? new Outcome.Succeeded(lease(c), null)
                : new Outcome.Failed(lease(c), error(c, "x", at), null);
        assertThat(record(at, o).applied()).hasSize(1);
    }
}
