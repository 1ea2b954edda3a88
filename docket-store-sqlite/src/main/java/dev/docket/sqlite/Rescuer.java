package dev.docket.sqlite;

import dev.docket.JobState;
import dev.docket.spi.Notifier;
import dev.docket.spi.RescueParams;
import dev.docket.spi.RescuedJob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rescues running jobs whose lease expired: counts the loss, appends a {@code worker lost:} error,
 * and moves each to available, dead or cancelled, all in the caller's transaction with batched
 * statements.
 */
final class Rescuer {
    static final String EXPIRED = "SELECT id, queue, type, attempt, max_attempts, lost_count,"
            + " cancel_requested, worker, lease_expires_at FROM docket_jobs"
            + " WHERE state = 'running' AND lease_expires_at < ? ORDER BY lease_expires_at LIMIT ?";
    private static final String MOVE = "UPDATE docket_jobs SET state = ?, lost_count = lost_count + 1,"
            + " finished_at = ?, lease_expires_at = NULL, worker = NULL,"
            + " cancel_requested = 0 WHERE id = ? AND attempt = ? AND state = 'running'";

    private Rescuer() {
    }

    private record Expired(long id, String queue, String type, int attempt, int maxAttempts, int lostCount,
                           boolean cancelRequested, String worker, long leaseExpiresAt) {
    }

    static List<RescuedJob> rescue(Tx tx, RescueParams params) throws SQLException {
        if (params.limit() < 1) {
            return List.of();
        }
        long now = tx.now(params.now());
        List<Expired> expired = expired(tx, now, params.limit());
        if (expired.isEmpty()) {
            return List.of();
        }
        PreparedStatement move = tx.prepare(MOVE);
        ErrorRows errors = ErrorRows.batch(tx);
        List<RescuedJob> out = new ArrayList<>(expired.size());
        for (Expired job : expired) {
            int lost = job.lostCount() + 1;
            JobState state;
            String message = "worker lost: the lease of " + (job.worker() == null ? "its worker" : job.worker())
                    + " expired at " + Times.instant(job.leaseExpiresAt());
            if (job.cancelRequested()) {
                state = JobState.CANCELLED;
            } else if (lost >= params.maxLosses()) {
                state = JobState.DEAD;
                message += "; lost " + lost + " times, so the job is dead";
            } else if (job.attempt() >= job.maxAttempts()) {
                state = JobState.DEAD;
                message += "; no attempts left (" + job.attempt() + " of " + job.maxAttempts() + ")";
            } else {
                state = JobState.AVAILABLE;
            }
            move.setString(1, state.wireName());
            Times.setLongOrNull(move, 2, state.isFinished() ? now : null);
            move.setLong(3, job.id());
            move.setInt(4, job.attempt());
            move.addBatch();
            errors.add(job.id(), job.attempt(), now, message, null);
            out.add(new RescuedJob(job.id(), job.queue(), job.type(), job.attempt(), state));
            if (state == JobState.AVAILABLE) {
                tx.publishAfterCommit(Notifier.JOBS_AVAILABLE, job.queue());
            }
        }
        move.executeBatch();
        errors.flush();
        return out;
    }

    private static List<Expired> expired(Tx tx, long now, int limit) throws SQLException {
        PreparedStatement ps = tx.prepare(EXPIRED);
        ps.setLong(1, now);
        ps.setInt(2, limit);
        List<Expired> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Expired(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7) != 0, rs.getString(8), rs.getLong(9)));
            }
        }
        return out;
    }
}
