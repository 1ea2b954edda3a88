package dev.docket.sqlite;

import dev.docket.JobState;
import dev.docket.spi.Change;
import dev.docket.spi.JobFilter;
import dev.docket.spi.Notifier;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Operator actions on jobs (retry, cancel, delete, one or many), run in the writer's transaction.
 *
 * <p>A retry that would give an unfinished job's unique key to a second unfinished job is refused
 * ({@code UPDATE OR IGNORE} skips it), so the key stays unique.
 */
final class AdminActions {
    private static final List<JobState> RETRYABLE_STATES =
            List.of(JobState.DEAD, JobState.CANCELLED, JobState.RETRYABLE, JobState.SCHEDULED);
    private static final String STATE = "SELECT state FROM docket_jobs WHERE id = ?";
    private static final String RETRY_SET = "SET state = 'available', run_at = ?, finished_at = NULL,"
            + " lost_count = 0, max_attempts = MAX(max_attempts, attempt + 1)";
    private static final String RETRY = "UPDATE OR IGNORE docket_jobs " + RETRY_SET + " WHERE id = ?"
            + " AND state IN ('dead', 'cancelled', 'retryable', 'scheduled') RETURNING queue";
    private static final String CANCEL_WAITING = "UPDATE docket_jobs SET state = 'cancelled', finished_at = ?"
            + " WHERE id = ? AND state IN ('scheduled', 'available', 'retryable')";
    private static final String CANCEL_RUNNING = "UPDATE docket_jobs SET cancel_requested = 1"
            + " WHERE id = ? AND state = 'running'";
    private static final String DELETE = "DELETE FROM docket_jobs WHERE id = ? AND state <> 'running'";

    private AdminActions() {
    }

    static Change retry(Tx tx, long id, Instant given) throws SQLException {
        JobState state = state(tx, id);
        if (state == null) {
            return Change.notFound();
        }
        if (!RETRYABLE_STATES.contains(state)) {
            return Change.refused(state);
        }
        PreparedStatement ps = tx.prepare(RETRY);
        ps.setLong(1, tx.now(given));
        ps.setLong(2, id);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Change.refused(state);
            }
            tx.publishAfterCommit(Notifier.JOBS_AVAILABLE, rs.getString(1));
        }
        return Change.applied(JobState.AVAILABLE);
    }

    static Change cancel(Tx tx, long id, Instant given) throws SQLException {
        JobState state = state(tx, id);
        if (state == null) {
            return Change.notFound();
        }
        switch (state) {
            case SCHEDULED, AVAILABLE, RETRYABLE -> {
                PreparedStatement ps = tx.prepare(CANCEL_WAITING);
                ps.setLong(1, tx.now(given));
                ps.setLong(2, id);
                ps.executeUpdate();
                return Change.applied(JobState.CANCELLED);
            }
            case RUNNING -> {
                PreparedStatement ps = tx.prepare(CANCEL_RUNNING);
                ps.setLong(1, id);
                ps.executeUpdate();
                tx.publishAfterCommit(Notifier.CONTROL, "cancel:" + id);
                return Change.applied(JobState.RUNNING);
            }
            default -> {
                return Change.refused(state);
            }
        }
    }

    static Change delete(Tx tx, long id) throws SQLException {
        JobState state = state(tx, id);
        if (state == null) {
            return Change.notFound();
        }
        if (state == JobState.RUNNING) {
            return Change.refused(state);
        }
        PreparedStatement ps = tx.prepare(DELETE);
        ps.setLong(1, id);
        ps.executeUpdate();
        return Change.applied(null);
    }

    static int retryMatching(Tx tx, JobFilter filter, int limit, Instant given) throws SQLException {
        FilterSql where = FilterSql.of(filter, RETRYABLE_STATES);
        String sql = "UPDATE OR IGNORE docket_jobs " + RETRY_SET + " WHERE id IN (SELECT j.id FROM docket_jobs j"
                + " WHERE " + where.sql() + " ORDER BY j.id DESC LIMIT ?) RETURNING queue";
        PreparedStatement ps = tx.prepare(sql);
        ps.setLong(1, tx.now(given));
        ps.setInt(where.bind(ps, 2), limit);
        int count = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                count++;
                tx.publishAfterCommit(Notifier.JOBS_AVAILABLE, rs.getString(1));
            }
        }
        return count;
    }

    static int deleteMatching(Tx tx, JobFilter filter, int limit) throws SQLException {
        FilterSql where = FilterSql.of(filter, null).and("j.state <> 'running'");
        String sql = "DELETE FROM docket_jobs WHERE id IN (SELECT j.id FROM docket_jobs j WHERE " + where.sql()
                + " ORDER BY j.id DESC LIMIT ?)";
        PreparedStatement ps = tx.prepare(sql);
        ps.setInt(where.bind(ps, 1), limit);
        return ps.executeUpdate();
    }

    private static JobState state(Tx tx, long id) throws SQLException {
        PreparedStatement ps = tx.prepare(STATE);
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? JobRows.state(rs.getString(1)) : null;
        }
    }
}
