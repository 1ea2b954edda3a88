package dev.docket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class JobStateTest {

    @Test
    void finishedStatesOnlyLeaveThroughAnOperatorRetry() {
        assertThat(JobState.SUCCEEDED.canMoveTo(JobState.AVAILABLE)).isFalse();
        for (JobState s : JobState.values()) {
            assertThat(JobState.SUCCEEDED.canMoveTo(s)).isFalse();
        }
        assertThat(JobState.DEAD.canMoveTo(JobState.AVAILABLE)).isTrue();
        assertThat(JobState.CANCELLED.canMoveTo(JobState.AVAILABLE)).isTrue();
        assertThat(JobState.DEAD.canMoveTo(JobState.RUNNING)).isFalse();
    }

    @Test
    void onlyAvailableJobsCanBeClaimed() {
        for (JobState s : JobState.values()) {
            assertThat(s.canMoveTo(JobState.RUNNING)).as(s + " -> running").isEqualTo(s == JobState.AVAILABLE);
        }
    }

    @Test
    void runningJobsEndInEveryOutcomeOrGoBack() {
        assertThat(EnumSet.allOf(JobState.class)).filteredOn(JobState.RUNNING::canMoveTo).containsExactlyInAnyOrder(
                JobState.SUCCEEDED, JobState.RETRYABLE, JobState.DEAD, JobState.CANCELLED, JobState.AVAILABLE);
    }

    @Test
    void unfinishedAndFinishedPartitionTheStates() {
        EnumSet<JobState> all = EnumSet.copyOf(JobState.UNFINISHED);
        all.addAll(JobState.FINISHED);
        assertThat(all).containsExactlyInAnyOrder(JobState.values());
        assertThat(JobState.UNFINISHED).doesNotContainAnyElementsOf(JobState.FINISHED);
    }

    @Test
    void wireNamesRoundTrip() {
        for (JobState s : JobState.values()) {
            assertThat(JobState.parse(s.wireName())).isEqualTo(s);
        }
        assertThat(JobState.parse(" Dead ")).isEqualTo(JobState.DEAD);
        assertThatThrownBy(() -> JobState.parse("done")).hasMessageContaining("'done'").hasMessageContaining("retryable");
    }
}
