package dev.docket.internal.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.JobRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jobs one loss short of dead run without company from their claim, one per process at a time. */
class SuspectIsolationTest {
    private final SuspectIsolation isolation = new SuspectIsolation(3);

    private static JobRecord job(long id, int lost) {
        return JobRecord.builder().id(id).type("t").queue("q").state(JobState.RUNNING).argsJson("{}").attempt(lost + 1)
                .maxAttempts(20).lostCount(lost).build();
    }

    @Test
    void aBatchWithoutSuspectsRunsWhole() {
        List<JobRecord> batch = List.of(job(1, 0), job(2, 0));

        SuspectIsolation.Split s = isolation.split(batch, () -> false);

        assertThat(s.run()).isEqualTo(batch);
        assertThat(s.handBack()).isEmpty();
    }

    @Test
    void theFirstSuspectRunsAloneAndTheRestOfItsBatchIsHandedBack() {
        JobRecord poison = job(1, 2);
        JobRecord bystander = job(2, 2);
        JobRecord fresh = job(3, 0);

        SuspectIsolation.Split s = isolation.split(List.of(poison, bystander, fresh), () -> false);

        assertThat(s.run()).containsExactly(poison);
        assertThat(s.handBack()).containsExactly(bystander, fresh);
    }

    @Test
    void jobsLostOnlyOnceAreNotHeldBack() {
        List<JobRecord> batch = List.of(job(1, 1), job(2, 1), job(3, 0));

        assertThat(isolation.split(batch, () -> true).run()).isEqualTo(batch);
    }

    @Test
    void withOneLossAllowedEveryLostJobIsASuspect() {
        assertThat(new SuspectIsolation(1).suspect(job(1, 1))).isTrue();
        assertThat(new SuspectIsolation(1).suspect(job(1, 0))).isFalse();
    }

    @Test
    void whileASuspectRunsHereOtherSuspectsAreHandedBackAndFreshJobsRun() {
        JobRecord suspect = job(1, 2);
        JobRecord fresh = job(2, 0);

        SuspectIsolation.Split s = isolation.split(List.of(suspect, fresh), () -> true);

        assertThat(s.run()).containsExactly(fresh);
        assertThat(s.handBack()).containsExactly(suspect);
    }
}
