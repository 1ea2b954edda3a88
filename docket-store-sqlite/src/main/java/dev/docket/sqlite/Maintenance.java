package dev.docket.sqlite;

import dev.docket.spi.Notifier;
import dev.docket.spi.PruneParams;
import dev.docket.spi.StageParams;
import dev.docket.spi.StageResult;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** Staging due jobs and pruning finished ones, each one statement over its partial index. */
final class Maintenance {
    static final String STAGE = "UPDATE docket_jobs SET state = 'available' WHERE id IN ("
            + "SELECT id FROM docket_jobs WHERE state IN ('scheduled', 'retryable') AND run_at <= ?"
            + " ORDER BY run_at LIMIT ?) RETURNING queue";
    static final String PRUNE = "DELETE FROM docket_jobs WHERE id IN ("
            + "SELECT id FROM docket_jobs WHERE state = 'succeeded' AND finished_at < ?"
            + " UNION ALL SELECT id FROM docket_jobs WHERE state = 'dead' AND finished_at < ?"
            + " UNION ALL SELECT id FROM docket_jobs WHERE state = 'cancelled' AND finished_at < ?"
            + " LIMIT ?)";
    /** Tick keys are kept 30 days: far behind every schedule's watermark, so never needed again. */
    static final String PRUNE_TICKS = "DELETE FROM docket_schedule_ticks WHERE tick < ?";
    static final long TICK_RETENTION_MS = 30L * 24 * 3600 * 1000;

    private Maintenance() {
    }

    /** Makes due scheduled and retryable jobs available; wakes their queues after commit. */
    static StageResult stageDue(Tx tx, StageParams params) throws SQLException {
        if (params.limit() < 1) {
            return StageResult.NONE;
        }
        PreparedStatement ps = tx.prepare(STAGE);
        ps.setLong(1, tx.now(params.now()));
        ps.setInt(2, params.limit());
        int count = 0;
        Set<String> queues = new HashSet<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                count++;
                queues.add(rs.getString(1));
            }
        }
        for (String queue : queues) {
            tx.publishAfterCommit(Notifier.JOBS_AVAILABLE, queue);
        }
        return count == 0 ? StageResult.NONE : new StageResult(count, queues);
    }

    /** Deletes finished jobs past their state's retention (their errors go with them). */
    static int prune(Tx tx, PruneParams params) throws SQLException {
        if (params.limit() < 1) {
            return 0;
        }
        long now = tx.now(params.now());
        PreparedStatement ps = tx.prepare(PRUNE);
        ps.setLong(1, now - Times.millis(params.succeeded()));
        ps.setLong(2, now - Times.millis(params.dead()));
        ps.setLong(3, now - Times.millis(params.cancelled()));
        ps.setInt(4, params.limit());
        int pruned = ps.executeUpdate();
        PreparedStatement ticks = tx.prepare(PRUNE_TICKS);
        ticks.setLong(1, now - TICK_RETENTION_MS);
        ticks.executeUpdate();
        return pruned;
    }
}
