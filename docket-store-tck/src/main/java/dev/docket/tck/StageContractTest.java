package dev.docket.tck;

import static dev.docket.tck.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.JobRecord;
import dev.docket.spi.Outcome;
import dev.docket.spi.StageParams;
import dev.docket.spi.StageResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code stageDue}: due scheduled and retryable jobs become available. */
class StageContractTest extends StoreTestSupport {

    private StageResult stage(int limit, Instant now) {
        return jobs().stageDue(new StageParams(limit, now));
    }

    @Test
    void dueScheduledAndRetryableJobsBecomeAvailable() {
        long scheduled = insertOne(job("s").withRunAt(at(60)));
        JobRecord failed = running(job("r"));
        record(T0, new Outcome.Failed(lease(failed), error(failed, "x", T0), Duration.ofSeconds(30)));

        StageResult result = stage(100, at(60));

        assertThat(result.count()).isEqualTo(2);
        assertThat(result.queues()).containsExactlyInAnyOrder("s", "r");
        assertThat(find(scheduled).state()).isEqualTo(JobState.AVAILABLE);
        assertThat(find(scheduled).runAt()).isEqualTo(at(60));
        assertThat(find(failed.id()).state()).isEqualTo(JobState.AVAILABLE);
        assertThat(find(failed.id()).runAt()).isEqualTo(at(30));
    }

    @Test
    void jobsNotYetDueStay() {
        long later = insertOne(job("q").withRunAt(at(61)));

        StageResult result = stage(100, at(60));

        assertThat(result).isEqualTo(StageResult.NONE);
        assertThat(find(later).state()).isEqualTo(JobState.SCHEDULED);
    }

    @Test
    void stagedJobsCanBeClaimed() {
        long id = insertOne(job("q").withRunAt(at(10)));
        assertThat(claim("q", 1, at(10))).isEmpty();

        stage(10, at(10));

        assertThat(claim("q", 1, at(10))).extracting(JobRecord::id).containsExactly(id);
    }

    @Test
    void takesAtMostLimitEarliestDueFirst() {
        long third = insertOne(job("c").withRunAt(at(30)));
        long first = insertOne(job("a").withRunAt(at(10)));
        long second = insertOne(job("b").withRunAt(at(20)));

        StageResult result = stage(2, at(100));

        assertThat(result).isEqualTo(new StageResult(2, Set.of("a", "b")));
        assertThat(find(first).state()).isEqualTo(JobState.AVAILABLE);
        assertThat(find(second).state()).isEqualTo(JobState.AVAILABLE);
        assertThat(find(third).state()).isEqualTo(JobState.SCHEDULED);
        assertThat(stage(2, at(100))).isEqualTo(new StageResult(1, Set.of("c")));
    }

    @Test
    void otherStatesAreLeftAlone() {
        insertOne(job("available").withRunAt(at(-10)));
        long running = jobIn(JobState.RUNNING, job("running"));
        long succeeded = jobIn(JobState.SUCCEEDED, job("succeeded"));
        long cancelled = jobIn(JobState.CANCELLED, job("cancelled"));

        assertThat(stage(100, at(7200)).count()).isZero();
        assertThat(find(running).state()).isEqualTo(JobState.RUNNING);
        assertThat(find(succeeded).state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(find(cancelled).state()).isEqualTo(JobState.CANCELLED);
    }

    @Test
    void queuesAreReportedOncePerQueue() {
        insert(T0, job("q").withRunAt(at(1)), job("q").withRunAt(at(2)), job("p").withRunAt(at(3)));

        assertThat(stage(100, at(5))).isEqualTo(new StageResult(3, Set.of("q", "p")));
    }
}
