package dev.docket.internal.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.JobRecord;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The count of finished attempts awaiting their outcome's write, which holds claims back. */
class RunningJobsTest {
    private static RunningJob attempt(long id) {
        return attempt(id, false);
    }

    private static RunningJob suspect(long id) {
        return attempt(id, true);
    }

    private static RunningJob attempt(long id, boolean suspect) {
        JobRecord job = JobRecord.builder().id(id).type("t").queue("q").state(JobState.RUNNING).argsJson("{}")
                .attempt(1).maxAttempts(3).build();
        return new RunningJob(job, Instant.EPOCH, suspect);
    }

    @Test
    void anAttemptAwaitsItsWriteFromItsSubmissionUntilItIsForgotten() {
        RunningJobs running = new RunningJobs();
        RunningJob a = attempt(1);
        RunningJob b = attempt(2);
        running.add(a);
        running.add(b);
        assertThat(running.awaitingWrite()).isZero();

        running.outcomeSubmitted(a);
        running.outcomeSubmitted(a);
        assertThat(running.awaitingWrite()).as("counted once").isEqualTo(1);
        assertThat(a.isOutcomeSubmitted()).isTrue();

        running.remove(b);
        assertThat(running.awaitingWrite()).as("b had no outcome on its way").isEqualTo(1);
        running.remove(a);
        running.remove(a);
        assertThat(running.awaitingWrite()).isZero();
    }

    @Test
    void forgettingTheLastSuspectTellsTheListeners() {
        RunningJobs running = new RunningJobs();
        AtomicInteger told = new AtomicInteger();
        running.onNoSuspects(told::incrementAndGet);
        RunningJob first = suspect(1);
        RunningJob second = suspect(2);
        RunningJob plain = attempt(3);
        running.add(first);
        running.add(second);
        running.add(plain);

        running.remove(first);
        running.remove(plain);
        assertThat(told).as("one suspect still runs").hasValue(0);
        running.remove(second);
        assertThat(told).hasValue(1);
        assertThat(running.anySuspect()).isFalse();

        running.remove(second);
        assertThat(told).as("already forgotten").hasValue(1);
        RunningJob again = suspect(4);
        running.add(again);
        running.add(attempt(4));
        assertThat(told).as("replaced by a newer attempt").hasValue(2);
    }

    @Test
    void anAttemptAlreadyForgottenIsNotCounted() {
        RunningJobs running = new RunningJobs();
        RunningJob a = attempt(1);
        running.add(a);
        running.remove(a);

        running.outcomeSubmitted(a);

        assertThat(running.awaitingWrite()).isZero();
    }

    @Test
    void aNewerAttemptOfTheSameJobIsNotConfusedWithTheOldOne() {
        RunningJobs running = new RunningJobs();
        RunningJob old = attempt(1);
        running.add(old);
        running.outcomeSubmitted(old);
        RunningJob newer = attempt(1);
        running.add(newer);
        assertThat(running.awaitingWrite()).as("the replaced attempt no longer counts").isZero();

        running.remove(old);
        running.outcomeSubmitted(newer);
        assertThat(running.awaitingWrite()).isEqualTo(1);
    }
}
