package dev.docket.tck;

import static dev.docket.tck.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.JobRecord;
import dev.docket.spi.NewJob;
import dev.docket.spi.Outcome;
import dev.docket.spi.ReleaseParams;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code claim}: which jobs, in which order, and what a claim writes. */
class ClaimContractTest extends StoreTestSupport {

    @Test
    void claimStartsAnAttemptWithALease() {
        long id = insertOne(job("q").withRunAt(at(-60)));

        JobRecord c = jobs().claim(new ClaimParams(List.of("q"), null, null, 1, Duration.ofSeconds(90),
                "w-1", at(5))).get(0);

        assertThat(c.id()).isEqualTo(id);
        assertThat(c.state()).isEqualTo(JobState.RUNNING);
        assertThat(c.attempt()).isEqualTo(1);
        assertThat(c.attemptedAt()).isEqualTo(at(5));
        assertThat(c.leaseExpiresAt()).isEqualTo(at(95));
        assertThat(c.worker()).isEqualTo("w-1");
        assertThat(c.cancelRequested()).isFalse();
        assertThat(c.runAt()).isEqualTo(at(-60));
        assertThat(c.finishedAt()).isNull();
    }

    @Test
    void claimedRecordIsTheFullStoredRecord() {
        long id = insertOne(new NewJob("t", "q", 4, "{\"a\":1}", Map.of("m", "v"), 3,
                "key", null, null, 1000L, 10L, 100L));

        JobRecord c = claim("q", 1, T0).get(0);

        assertThat(c).usingRecursiveComparison().ignoringFields("errors").isEqualTo(find(id));
    }

    @Test
    void everyClaimIncrementsTheAttempt() {
        JobRecord first = running(job("q"));
        assertThat(jobs().release(new ReleaseParams(List.of(lease(first)), at(1)))).isEqualTo(1);

        JobRecord second = claim("q", 1, at(2)).get(0);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(second.attemptedAt()).isEqualTo(at(2));
    }

    @Test
    void ordersByPriorityThenRunAtThenId() {
        long p5Early = insertOne(job("q").withPriority(5).withRunAt(at(-30)));
        long p0Late = insertOne(job("q").withPriority(0).withRunAt(at(-10)));
        long p5Late = insertOne(job("q").withPriority(5).withRunAt(at(-10)));
        long p0Early = insertOne(job("q").withPriority(0).withRunAt(at(-20)));
        long p0EarlyToo = insertOne(job("q").withPriority(0).withRunAt(at(-20)));
        long p9 = insertOne(job("q").withPriority(9).withRunAt(at(-100)));

        assertThat(claim("q", 10, T0)).extracting(JobRecord::id)
                .containsExactly(p0Early, p0EarlyToo, p0Late, p5Early, p5Late, p9);
    }

    @Test
    void orderSpansAllTheGivenQueuesTogether() {
        long a2 = insertOne(job("a").withPriority(2));
        long b1 = insertOne(job("b").withPriority(1).withRunAt(at(-5)));
        long a1 = insertOne(job("a").withPriority(1).withRunAt(at(-9)));
        long b0 = insertOne(job("b").withPriority(0));

        List<JobRecord> claimed = jobs().claim(claimParams(List.of("a", "b"), 3, T0));

        assertThat(claimed).extracting(JobRecord::id).containsExactly(b0, a1, b1);
        assertThat(find(a2).state()).isEqualTo(JobState.AVAILABLE);
    }

    @Test
    void takesAtMostLimitAndLeavesTheRestAvailable() {
        List<Long> ids = insert(T0, job("q"), job("q"), job("q"), job("q")).stream().map(r -> r.id()).toList();

        List<JobRecord> claimed = claim("q", 2, T0);

        assertThat(claimed).extracting(JobRecord::id).containsExactly(ids.get(0), ids.get(1));
        assertThat(find(ids.get(2)).state()).isEqualTo(JobState.AVAILABLE);
        assertThat(find(ids.get(3)).state()).isEqualTo(JobState.AVAILABLE);
        assertThat(claim("q", 10, T0)).extracting(JobRecord::id).containsExactly(ids.get(2), ids.get(3));
    }

    @Test
    void takesOnlyAvailableJobs() {
        jobIn(JobState.SCHEDULED, job("q"));
        jobIn(JobState.RETRYABLE, job("q"));
        jobIn(JobState.SUCCEEDED, job("q"));
        jobIn(JobState.DEAD, job("q"));
        jobIn(JobState.CANCELLED, job("q"));
        jobIn(JobState.RUNNING, job("q"));
        long available = insertOne(job("q"));

        assertThat(claim("q", 10, at(1))).extracting(JobRecord::id).containsExactly(available);
        assertThat(claim("q", 10, at(1))).isEmpty();
    }

    @Test
    void theStateDecidesNotTheRunAt() {
        long id = insertOne(at(3600), job("q"));
        assertThat(find(id).state()).isEqualTo(JobState.AVAILABLE);

        assertThat(claim("q", 1, T0)).extracting(JobRecord::id).containsExactly(id);
    }

    @Test
    void takesOnlyFromTheGivenQueues() {
        long other = insertOne(job("other"));
        long similar = insertOne(job("queue-a"));
        long q = insertOne(job("queue"));

        assertThat(claim("queue", 10, T0)).extracting(JobRecord::id).containsExactly(q);
        assertThat(find(other).state()).isEqualTo(JobState.AVAILABLE);
        assertThat(find(similar).state()).isEqualTo(JobState.AVAILABLE);
    }

    @Test
    void onlyTypesTakesOnlyThoseTypes() {
        long a = insertOne(job("q", "a"));
        insertOne(job("q", "b"));
        long c = insertOne(job("q", "c"));

        List<JobRecord> claimed = jobs().claim(new ClaimParams(List.of("q"), Set.of("a", "c"), null, 10, LEASE,
                WORKER, T0));

        assertThat(claimed).extracting(JobRecord::id).containsExactly(a, c);
    }

    @Test
    void exceptTypesNeverTakesThoseTypes() {
        insertOne(job("q", "a"));
        long b = insertOne(job("q", "b"));

        List<JobRecord> claimed = jobs().claim(new ClaimParams(List.of("q"), null, Set.of("a"), 10, LEASE,
                WORKER, T0));

        assertThat(claimed).extracting(JobRecord::id).containsExactly(b);
    }

    @Test
    void exceptTypesWinsOverOnlyTypes() {
        long a = insertOne(job("q", "a"));
        insertOne(job("q", "b"));
        insertOne(job("q", "c"));

        List<JobRecord> claimed = jobs().claim(new ClaimParams(List.of("q"), Set.of("a", "b"), Set.of("b"), 10,
                LEASE, WORKER, T0));

        assertThat(claimed).extracting(JobRecord::id).containsExactly(a);
    }

    @Test
    void inadmissibleJobsAheadInOrderDoNotUseUpTheLimit() {
        insert(T0, job("q", "skip").withPriority(0), job("q", "skip").withPriority(0));
        long wanted = insertOne(job("q", "take").withPriority(9));

        List<JobRecord> claimed = jobs().claim(new ClaimParams(List.of("q"), null, Set.of("skip"), 1, LEASE,
                WORKER, T0));

        assertThat(claimed).extracting(JobRecord::id).containsExactly(wanted);
    }

    @Test
    void nothingAvailableGivesAnEmptyList() {
        assertThat(claim("q", 5, T0)).isEmpty();
    }

    @Test
    void claimIsStoredNotOnlyReturned() {
        JobRecord c = running(job("q"));

        JobRecord stored = find(c.id());
        assertThat(stored.state()).isEqualTo(JobState.RUNNING);
        assertThat(stored.attempt()).isEqualTo(1);
        assertThat(stored.attemptedAt()).isEqualTo(T0);
        assertThat(stored.leaseExpiresAt()).isEqualTo(T0.plus(LEASE));
        assertThat(stored.worker()).isEqualTo(WORKER);
    }

    @Test
    void aCancelledThenRetriedJobRunsWithoutACancelRequest() {
        JobRecord first = running(job("q"));
        queries().cancel(first.id(), at(1));
        assertThat(find(first.id()).cancelRequested()).isTrue();
        record(at(2), new Outcome.Cancelled(lease(first), null));
        queries().retry(first.id(), at(3));

        JobRecord again = claim("q", 1, at(4)).get(0);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.cancelRequested()).isFalse();
        assertThat(again.attempt()).isEqualTo(2);
    }
}
