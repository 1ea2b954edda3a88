package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobError;
import dev.docket.JobState;
import dev.docket.spi.Change;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.JobFilter;
import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.NewJob;
import dev.docket.spi.Outcome;
import dev.docket.spi.OutcomeParams;
import dev.docket.spi.OutcomeResult;
import dev.docket.spi.PruneParams;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A job's error rows go with the job: pruning, deleting one job and deleting matching jobs each
 * delete them in the same statement (no foreign key cascades them), and leave other jobs' rows.
 */
class ErrorRowsTest {
    private final PostgresFixture fixture = new PostgresFixture();
    private PostgresStore store;
    private String schema;
    private Instant now;

    @BeforeEach
    void open() {
        store = (PostgresStore) fixture.create(false);
        schema = fixture.schemaOf(store);
        now = Instant.now();
    }

    @AfterEach
    void close() {
        fixture.dispose(store);
    }

    @Test
    void theCascadingForeignKeyIsGone() throws SQLException {
        assertThat(count("SELECT count(*) FROM pg_constraint WHERE conrelid = '" + schema + ".docket_errors'::regclass"
                + " AND contype = 'f'")).isZero();
    }

    @Test
    void pruningDeletesTheErrorsOfPrunedJobsOnly() throws SQLException {
        List<Long> dead = deadJobs("q", 3);
        List<Long> kept = deadJobs("q", 2);
        assertThat(errorsOf(dead)).isEqualTo(3);
        setFinished(dead, now.minus(Duration.ofHours(2)));

        Duration hour = Duration.ofHours(1);
        int pruned = store.jobs().prune(new PruneParams(hour, hour, hour, 100, now));

        assertThat(pruned).isEqualTo(3);
        assertThat(errorsOf(dead)).isZero();
        assertThat(errorsOf(kept)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM " + schema + ".docket_jobs")).isEqualTo(2);
    }

    @Test
    void pruningLeavesAJobThatIsNoLongerFinished() throws SQLException {
        List<Long> dead = deadJobs("q", 2);
        setFinished(dead, now.minus(Duration.ofHours(2)));
        try (Connection c = fixture.connect(store).orElseThrow();
             PreparedStatement ps = c.prepareStatement("UPDATE " + schema + ".docket_jobs SET state = 'available',"
                     + " finished_at = NULL WHERE id = ?")) {
            ps.setLong(1, dead.get(0));
            assertThat(ps.executeUpdate()).isEqualTo(1);
            c.commit();
        }
        Duration hour = Duration.ofHours(1);
        assertThat(store.jobs().prune(new PruneParams(hour, hour, hour, 100, now))).isEqualTo(1);
        assertThat(store.queries().find(dead.get(0))).isPresent();
        assertThat(errorsOf(List.of(dead.get(0)))).isEqualTo(1);
        assertThat(errorsOf(List.of(dead.get(1)))).isZero();
    }

    @Test
    void deletingJobsDeletesTheirErrors() throws SQLException {
        List<Long> one = deadJobs("a", 1);
        List<Long> matching = deadJobs("b", 2);
        List<Long> other = deadJobs("c", 1);

        assertThat(store.queries().delete(one.get(0)).status()).isEqualTo(Change.Status.APPLIED);
        assertThat(errorsOf(one)).isZero();

        JobFilter inB = JobFilter.states(JobState.DEAD).withQueue("b");
        assertThat(store.queries().deleteMatching(inB, 10)).isEqualTo(2);
        assertThat(errorsOf(matching)).isZero();
        assertThat(errorsOf(other)).isEqualTo(1);
    }

    @Test
    void aSuccessNotKeptDeletesTheJobWithTheErrorsOfItsEarlierAttempts() throws SQLException {
        long retried = store.jobs().insert(InsertParams.of(List.of(NewJob.of("t", "r", "{}")), now)).get(0).id();
        List<Long> dead = deadJobs("d", 1);
        JobRecord first = store.jobs().claim(new ClaimParams(List.of("r"), null, null, 1, Duration.ofMinutes(5), "w",
                now)).get(0);
        store.jobs().recordOutcomes(new OutcomeParams(List.of(new Outcome.Failed(new LeaseRef(retried, 1),
                new JobError(1, null, "flaky", null), Duration.ZERO)), now));
        assertThat(errorsOf(List.of(retried))).isEqualTo(1);
        JobRecord second = store.jobs().claim(new ClaimParams(List.of("r"), null, null, 1, Duration.ofMinutes(5),
                "w", now)).get(0);
        assertThat(second.attempt()).isEqualTo(first.attempt() + 1);

        OutcomeResult result = store.jobs().recordOutcomes(new OutcomeParams(List.of(
                new Outcome.Succeeded(new LeaseRef(retried, second.attempt()), null)), now, false));

        assertThat(result.applied()).hasSize(1);
        assertThat(store.queries().find(retried)).isEmpty();
        assertThat(errorsOf(List.of(retried))).isZero();
        assertThat(errorsOf(dead)).isEqualTo(1);
    }

    /** Jobs failed once with no attempts left: dead, with one error row each. */
    private List<Long> deadJobs(String queue, int n) {
        List<NewJob> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batch.add(NewJob.of("t", queue, "{}").withMaxAttempts(1));
        }
        List<Long> ids = store.jobs().insert(InsertParams.of(batch, now)).stream().map(InsertResult::id).toList();
        List<JobRecord> claimed = store.jobs().claim(new ClaimParams(List.of(queue), null, null, n,
                Duration.ofMinutes(5), "w", now));
        assertThat(claimed).hasSize(n);
        List<Outcome> failed = new ArrayList<>();
        for (JobRecord j : claimed) {
            failed.add(new Outcome.Failed(new LeaseRef(j.id(), j.attempt()), new JobError(1, null, "boom", null),
                    null));
        }
        store.jobs().recordOutcomes(new OutcomeParams(failed, now));
        for (long id : ids) {
            assertThat(store.queries().find(id).orElseThrow().state()).isEqualTo(JobState.DEAD);
        }
        return ids;
    }

    private void setFinished(List<Long> ids, Instant at) throws SQLException {
        try (Connection c = fixture.connect(store).orElseThrow();
             PreparedStatement ps = c.prepareStatement("UPDATE " + schema + ".docket_jobs SET finished_at = ?"
                     + " WHERE id = ANY(?)")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setArray(2, c.createArrayOf("int8", ids.toArray()));
            assertThat(ps.executeUpdate()).isEqualTo(ids.size());
            c.commit();
        }
    }

    private long errorsOf(List<Long> ids) throws SQLException {
        try (Connection c = fixture.connect(store).orElseThrow();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + schema + ".docket_errors"
                     + " WHERE job_id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("int8", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = fixture.connect(store).orElseThrow();
             PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
