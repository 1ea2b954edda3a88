package dev.docket.tck;

import static dev.docket.tck.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.JobFilter;
import dev.docket.spi.ListParams;
import dev.docket.spi.PruneParams;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code prune}: finished jobs older than their state's retention are deleted. */
class PruneContractTest extends StoreTestSupport {

    private static final Duration HOUR = Duration.ofHours(1);

    private int prune(Duration succeeded, Duration dead, Duration cancelled, int limit, Instant now) {
        return jobs().prune(new PruneParams(succeeded, dead, cancelled, limit, now));
    }

    @Test
    void eachFinishedStateHasItsOwnRetention() {
        long succeeded = jobIn(JobState.SUCCEEDED, job("s"));
        long dead = jobIn(JobState.DEAD, job("d"));
        long cancelled = jobIn(JobState.CANCELLED, job("c"));
        Instant now = T0.plus(HOUR).plusSeconds(1);

        assertThat(prune(HOUR, HOUR.multipliedBy(2), HOUR.multipliedBy(3), 100, now)).isEqualTo(1);
        assertThat(queries().find(succeeded)).isEmpty();
        assertThat(queries().find(dead)).isPresent();
        assertThat(queries().find(cancelled)).isPresent();

        assertThat(prune(HOUR.multipliedBy(9), Duration.ZERO, HOUR.multipliedBy(3), 100, now)).isEqualTo(1);
        assertThat(queries().find(dead)).isEmpty();
        assertThat(queries().find(cancelled)).isPresent();

        assertThat(prune(HOUR, HOUR, HOUR, 100, now)).isEqualTo(1);
        assertThat(queries().find(cancelled)).isEmpty();
    }

    @Test
    void jobFinishedExactlyRetentionAgoIsKept() {
        long id = jobIn(JobState.SUCCEEDED, job("s"));

        assertThat(prune(HOUR, HOUR, HOUR, 100, T0.plus(HOUR))).isZero();
        assertThat(queries().find(id)).isPresent();
        assertThat(prune(HOUR, HOUR, HOUR, 100, T0.plus(HOUR).plusMillis(1))).isEqualTo(1);
    }

    @Test
    void unfinishedJobsAreNeverPruned() {
        long scheduled = jobIn(JobState.SCHEDULED, job("a"));
        long available = jobIn(JobState.AVAILABLE, job("b"));
        long running = jobIn(JobState.RUNNING, job("c"));
        long retryable = jobIn(JobState.RETRYABLE, job("d"));

        assertThat(prune(Duration.ZERO, Duration.ZERO, Duration.ZERO, 100, at(86_400 * 365))).isZero();
        for (long id : new long[] {scheduled, available, running, retryable}) {
            assertThat(queries().find(id)).isPresent();
        }
    }

    @Test
    void deletesAtMostLimitPerCall() {
        for (int i = 0; i < 5; i++) {
            jobIn(JobState.SUCCEEDED, job("q" + i));
        }
        Instant now = T0.plus(HOUR).plusSeconds(1);

        assertThat(prune(HOUR, HOUR, HOUR, 2, now)).isEqualTo(2);
        assertThat(all()).hasSize(3);
        assertThat(prune(HOUR, HOUR, HOUR, 2, now)).isEqualTo(2);
        assertThat(prune(HOUR, HOUR, HOUR, 2, now)).isEqualTo(1);
        assertThat(prune(HOUR, HOUR, HOUR, 2, now)).isZero();
        assertThat(all()).isEmpty();
    }

    @Test
    void prunedJobsLeaveNoTraceInQueries() {
        long dead = jobIn(JobState.DEAD, job("q"));
        prune(HOUR, Duration.ZERO, HOUR, 100, at(1));

        assertThat(queries().find(dead)).isEmpty();
        assertThat(all()).isEmpty();
        assertThat(queries().countByQueueAndState()).isEmpty();
        assertThat(queries().list(new ListParams(
                JobFilter.ALL.withSearch("boom"), null, 10))).isEmpty();
    }
}
