package dev.docket.tck;

import static dev.docket.tck.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobError;
import dev.docket.JobState;
import dev.docket.spi.JobRecord;
import dev.docket.spi.Outcome;
import dev.docket.spi.RenewParams;
import dev.docket.spi.RescueParams;
import dev.docket.spi.RescuedJob;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code rescueExpired}: running jobs whose lease lapsed are counted as lost and moved on. */
class RescueContractTest extends StoreTestSupport {

    private static final Instant EXPIRY = T0.plus(LEASE);

    private List<RescuedJob> rescue(int maxLosses, int limit, Instant now) {
        return jobs().rescueExpired(new RescueParams(maxLosses, limit, now));
    }

    @Test
    void expiredJobBecomesAvailableWithTheLossRecorded() {
        JobRecord c = running(job("q", "mail").withRunAt(at(-60)));
        Instant now = EXPIRY.plusSeconds(1);

        List<RescuedJob> rescued = rescue(3, 10, now);

        assertThat(rescued).containsExactly(new RescuedJob(c.id(), "q", "mail", 1, JobState.AVAILABLE));
        JobRecord r = find(c.id());
        assertThat(r.state()).isEqualTo(JobState.AVAILABLE);
        assertThat(r.runAt()).as("a rescued job keeps its place in the queue").isEqualTo(at(-60));
        assertThat(r.lostCount()).isEqualTo(1);
        assertThat(r.attempt()).isEqualTo(1);
        assertThat(r.leaseExpiresAt()).isNull();
        assertThat(r.worker()).isNull();
        assertThat(r.finishedAt()).isNull();
        assertThat(r.errors()).hasSize(1);
        JobError e = r.errors().get(0);
        assertThat(e.attempt()).isEqualTo(1);
        assertThat(e.at()).isEqualTo(now);
        assertThat(e.message()).startsWith("worker lost:").containsIgnoringCase("lease").containsIgnoringCase("expired");
    }

    @Test
    void leasesNotYetExpiredStay() {
        JobRecord c = running(job("q"));

        assertThat(rescue(3, 10, EXPIRY)).isEmpty();
        assertThat(rescue(3, 10, EXPIRY.minusSeconds(1))).isEmpty();
        assertThat(find(c.id()).state()).isEqualTo(JobState.RUNNING);
        assertThat(find(c.id()).lostCount()).isZero();
    }

    @Test
    void rescuedJobRunsAgainAndTheLostAttemptIsFencedOut() {
        JobRecord lost = running(job("q"));
        rescue(3, 10, EXPIRY.plusSeconds(1));

        JobRecord again = claim("q", 1, EXPIRY.plusSeconds(2)).get(0);

        assertThat(again.attempt()).isEqualTo(2);
        assertThat(record(EXPIRY.plusSeconds(3), new Outcome.Succeeded(lease(lost), null)).rejected()).hasSize(1);
        assertThat(find(lost.id()).state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    void rescuedJobKeepsItsPlaceAheadOfJobsEnqueuedAfterIt() {
        JobRecord lost = running(job("q"));
        long later = insertOne(T0.plusSeconds(1), job("q"));
        rescue(3, 10, EXPIRY.plusSeconds(1));

        List<JobRecord> next = claim("q", 1, EXPIRY.plusSeconds(2));

        assertThat(next).as("the rescued job is claimed before job %d, enqueued after it", later)
                .extracting(JobRecord::id).containsExactly(lost.id());
    }

    @Test
    void cancelRequestedJobIsCancelled() {
        JobRecord c = running(job("q"));
        queries().cancel(c.id(), at(1));
        Instant now = EXPIRY.plusSeconds(1);

        assertThat(rescue(3, 10, now)).extracting(RescuedJob::state).containsExactly(JobState.CANCELLED);

        JobRecord r = find(c.id());
        assertThat(r.state()).isEqualTo(JobState.CANCELLED);
        assertThat(r.finishedAt()).isEqualTo(now);
        assertThat(r.cancelRequested()).isFalse();
        assertThat(r.lostCount()).isEqualTo(1);
        assertThat(r.errors()).extracting(JobError::message).singleElement().asString().startsWith("worker lost:");
    }

    @Test
    void reachingMaxLossesKillsTheJob() {
        JobRecord first = running(job("q"));
        rescue(2, 10, EXPIRY.plusSeconds(1));
        JobRecord second = claim("q", 1, EXPIRY.plusSeconds(2)).get(0);
        Instant now = second.leaseExpiresAt().plusSeconds(1);

        List<RescuedJob> rescued = rescue(2, 10, now);

        assertThat(rescued).containsExactly(new RescuedJob(first.id(), "q", Jobs.TYPE, 2, JobState.DEAD));
        JobRecord r = find(first.id());
        assertThat(r.state()).isEqualTo(JobState.DEAD);
        assertThat(r.finishedAt()).isEqualTo(now);
        assertThat(r.lostCount()).isEqualTo(2);
        assertThat(r.errors()).extracting(JobError::attempt).containsExactly(1, 2);
        assertThat(r.errors().get(1).message()).startsWith("worker lost:").contains("lost 2 times");
    }

    @Test
    void jobOutOfAttemptsIsKilled() {
        JobRecord c = running(job("q").withMaxAttempts(1));
        Instant now = EXPIRY.plusSeconds(1);

        assertThat(rescue(5, 10, now)).extracting(RescuedJob::state).containsExactly(JobState.DEAD);
        assertThat(find(c.id()).finishedAt()).isEqualTo(now);
        assertThat(find(c.id()).lostCount()).isEqualTo(1);
    }

    @Test
    void aRequestedCancelWinsOverDeath() {
        JobRecord c = running(job("q").withMaxAttempts(1));
        queries().cancel(c.id(), at(1));

        assertThat(rescue(1, 10, EXPIRY.plusSeconds(1))).extracting(RescuedJob::state)
                .containsExactly(JobState.CANCELLED);
    }

    @Test
    void takesAtMostLimitOldestLeaseFirst() {
        JobRecord late = running(job("a"), at(20));
        JobRecord early = running(job("b"), at(0));
        JobRecord middle = running(job("c"), at(10));
        Instant now = at(20).plus(LEASE).plusSeconds(1);

        assertThat(rescue(3, 2, now)).extracting(RescuedJob::id).containsExactlyInAnyOrder(early.id(), middle.id());
        assertThat(find(late.id()).state()).isEqualTo(JobState.RUNNING);
        assertThat(rescue(3, 2, now)).extracting(RescuedJob::id).containsExactly(late.id());
    }

    @Test
    void renewedLeaseIsNotRescued() {
        JobRecord c = running(job("q"));
        jobs().renewLeases(new RenewParams(List.of(lease(c)), LEASE, null, EXPIRY.minusSeconds(1)));

        assertThat(rescue(3, 10, EXPIRY.plusSeconds(1))).isEmpty();
        assertThat(find(c.id()).state()).isEqualTo(JobState.RUNNING);
    }
}
