package dev.docket.internal.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.JobRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jobs lost with a worker before run without company from their claim, one per process at a time. */
class SuspectIsolationTest {
    private static JobRecord job(long id, int lost) {
        return JobRecord.builder().id(id).type("t").queue("q").state(JobState.RUNNING).argsJson("{}").attempt(lost + 1)
                .maxAttempts(20).lostCount(lost).build();
    }

    @Test
    void aBatchWithoutSuspectsRunsWhole() {
        List<JobRecord> batch = List.of(job(1, 0), job(2, 0));

        SuspectIsolation.Split s = SuspectIsolation.split(batch, false);

        assertThat(s.run()).isEqualTo(batch);
        assertThat(s.handBack()).isEmpty();
    }

    @Test
    void theFirstSuspectRunsAloneAndTheRestOfItsBatchIsHandedBack() {
        JobRecord poison = job(1, 1);
        JobRecord bystander = job(2, 1);
        JobRecord fresh = job(3, 0);

        SuspectIsolation.Split s = SuspectIsolation.split(List.of(poison, bystander, fresh), false);

        assertThat(s.run()).containsExactly(poison);
        assertThat(s.handBack()).containsExactly(bystander, fresh);
    }

    @Test
    void whileASuspectRunsHereOtherSuspectsAreHandedBackAndFreshJobsRun() {
        JobRecord suspect = job(1, 2);
        JobRecord fresh = job(2, 0);

        SuspectIsolation.Split s = SuspectIsolation.split(List.of(suspect, fresh), true);

        assertThat(s.run()).containsExactly(fresh);
        assertThat(s.handBack()).containsExactly(suspect);
    }
}
