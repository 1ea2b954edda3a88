package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.NewJob;
import dev.docket.spi.ReleaseParams;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Claims start past the previous batch while the queue has a backlog, and shortly before the
 * latest run time handed out once it ran dry; a job made available behind that point is claimed
 * first when this store made it available, and by the claim that finds the backlog short when
 * another process did.
 */
class HintedClaimTest {
    private final PostgresFixture fixture = new PostgresFixture();
    private final List<PostgresStore> stores = new ArrayList<>();
    private PostgresStore store;
    private List<Long> backlog;

    @BeforeEach
    void open() {
        store = (PostgresStore) fixture.create(true);
        stores.add(store);
        backlog = insert(store, 10, null);
    }

    @AfterEach
    void close() {
        stores.forEach(fixture::dispose);
    }

    private static List<Long> insert(PostgresStore into, int n, Instant runAt) {
        List<NewJob> jobs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NewJob job = NewJob.of("t", "q", "{}");
            jobs.add(runAt == null ? job : job.withRunAt(runAt));
        }
        return into.jobs().insert(InsertParams.of(jobs, Instant.now())).stream().map(InsertResult::id).toList();
    }

    private List<Long> claim(int limit) {
        return claimed(limit).stream().map(JobRecord::id).toList();
    }

    private List<JobRecord> claimed(int limit) {
        return store.jobs().claim(new ClaimParams(List.of("q"), null, null, limit, Duration.ofMinutes(1), "w",
                Instant.now()));
    }

    @Test
    void aDrainTakesTheBacklogInOrder() {
        List<Long> taken = new ArrayList<>();
        for (List<Long> batch = claim(3); !batch.isEmpty(); batch = claim(3)) {
            taken.addAll(batch);
        }

        assertThat(taken).isEqualTo(backlog);
    }

    @Test
    void jobsInsertedAfterTheQueueRanDryAreClaimed() {
        assertThat(claim(20)).isEqualTo(backlog);
        assertThat(claim(20)).isEmpty();

        List<Long> more = insert(store, 3, null);
        PostgresStore peer = fixture.createOn(fixture.schemaOf(store), true);
        stores.add(peer);
        List<Long> theirs = insert(peer, 2, null);

        List<Long> expected = new ArrayList<>(more);
        expected.addAll(theirs);
        assertThat(claim(20)).isEqualTo(expected);
    }

    @Test
    void aJobThisStoreInsertsBehindTheHintIsClaimedFirst() {
        assertThat(claim(4)).isEqualTo(backlog.subList(0, 4));

        long early = insert(store, 1, Instant.now().minusSeconds(3600)).get(0);

        assertThat(claim(4)).containsExactly(early, backlog.get(4), backlog.get(5), backlog.get(6));
    }

    @Test
    void aJobThisStoreReleasesIsClaimedFirst() {
        List<JobRecord> first = claimed(4);
        store.jobs().release(new ReleaseParams(List.of(new LeaseRef(first.get(0).id(), first.get(0).attempt())),
                Instant.now()));

        assertThat(claim(4)).containsExactly(backlog.get(0), backlog.get(4), backlog.get(5), backlog.get(6));
    }

    @Test
    void aJobAnotherProcessMakesAvailableBehindTheHintIsClaimedWhenTheBacklogRunsShort() {
        PostgresStore peer = fixture.createOn(fixture.schemaOf(store), true);
        stores.add(peer);
        assertThat(claim(4)).isEqualTo(backlog.subList(0, 4));

        long early = insert(peer, 1, Instant.now().minusSeconds(3600)).get(0);

        assertThat(claim(4)).as("a full batch past the hint").isEqualTo(backlog.subList(4, 8));
        assertThat(claim(4)).as("the short batch past the hint, completed from the head")
                .containsExactly(early, backlog.get(8), backlog.get(9));
    }
}
