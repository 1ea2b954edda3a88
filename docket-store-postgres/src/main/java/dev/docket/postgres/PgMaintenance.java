package dev.docket.postgres;

import dev.docket.JobState;
import dev.docket.spi.PruneParams;
import dev.docket.spi.RescueParams;
import dev.docket.spi.RescuedJob;
import dev.docket.spi.StageParams;
import dev.docket.spi.StageResult;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The leader's maintenance verbs, one statement each, bounded by a limit and driven by the partial
 * indexes for due jobs, running leases and finished jobs. The chosen ids reach the UPDATE or DELETE
 * as an array, so rows are changed through the primary key rather than by a join the planner
 * might turn into a scan of the whole table.
 */
final class PgMaintenance {
    /** Schedule ticks are pruned at most this often (their table has no index on the tick alone). */
    private static final long TICKS_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final PgContext ctx;
    private final JobTableVacuum vacuum;
    private volatile long ticksPrunedAt = System.nanoTime() - TICKS_EVERY_NANOS;
    private final String stageSql;
    private final String rescueSql;
    private final String pruneSql;

    PgMaintenance(PgContext ctx, JobTableVacuum vacuum) {
        this.ctx = ctx;
        this.vacuum = vacuum;
        this.stageSql = "UPDATE " + ctx.jobs + " SET state = 'available'"
                + " WHERE id = ANY(ARRAY(SELECT id FROM " + ctx.jobs
                + " WHERE state IN ('scheduled', 'retryable') AND run_at <= " + PgContext.NOW
                + " ORDER BY run_at LIMIT ? FOR UPDATE SKIP LOCKED)) RETURNING queue";
        // flags are computed on the locked rows, then drive the state, the times and the message
        this.rescueSql = "WITH c AS MATERIALIZED (SELECT " + PgContext.NOW + " AS now),"
                + " lost AS MATERIALIZED (SELECT id, worker AS old_worker, cancel_requested AS cancel,"
                + " lost_count + 1 AS losses, lost_count + 1 >= ? AS lost_out,"
                + " attempt >= max_attempts AS spent FROM " + ctx.jobs
                + " WHERE state = 'running' AND lease_expires_at < (SELECT now FROM c)"
                + " ORDER BY lease_expires_at LIMIT ? FOR UPDATE SKIP LOCKED),"
                + " moved AS (UPDATE " + ctx.jobs + " AS j SET lost_count = lost.losses,"
                + " state = CASE WHEN lost.cancel THEN 'cancelled' WHEN lost.lost_out OR lost.spent THEN 'dead'"
                + " ELSE 'available' END,"
                + " finished_at = CASE WHEN lost.cancel OR lost.lost_out OR lost.spent THEN c.now END,"
                + " lease_expires_at = NULL, worker = NULL, cancel_requested = false"
                + " FROM lost, c WHERE j.id = lost.id AND j.id = ANY(ARRAY(SELECT id FROM lost))"
                + " RETURNING j.id, j.queue, j.type, j.attempt, j.state, lost.old_worker, lost.losses,"
                + " lost.lost_out, lost.cancel, lost.spent, c.now),"
                + " noted AS (INSERT INTO " + ctx.errors + " (job_id, attempt, at, message)"
                + " SELECT id, attempt, now, 'worker lost: the lease of ' || COALESCE(old_worker, 'its worker')"
                + " || ' expired' || CASE WHEN cancel THEN ''"
                + " WHEN lost_out THEN '; lost ' || losses || ' times, giving up'"
                + " WHEN spent THEN '; no attempts left' ELSE '' END FROM moved)"
                + " SELECT id, queue, type, attempt, state FROM moved ORDER BY id";
        // no row locks before the delete (a lock is a WAL record per row); only the leader prunes, and
        // a job an operator changed meanwhile fails the conditions the delete checks again on it
        String finished = " state IN ('succeeded', 'dead', 'cancelled')"
                + " AND finished_at < (SELECT any_before FROM c)"
                + " AND finished_at < CASE state WHEN 'succeeded' THEN (SELECT succeeded_before FROM c)"
                + " WHEN 'dead' THEN (SELECT dead_before FROM c) ELSE (SELECT cancelled_before FROM c) END";
        this.pruneSql = "WITH n AS (SELECT " + PgContext.NOW + " AS now),"
                + " c AS (SELECT now - ?::int8 * interval '1 millisecond' AS any_before,"
                + " now - ?::int8 * interval '1 millisecond' AS succeeded_before,"
                + " now - ?::int8 * interval '1 millisecond' AS dead_before,"
                + " now - ?::int8 * interval '1 millisecond' AS cancelled_before FROM n),"
                + " gone AS (DELETE FROM " + ctx.jobs + " WHERE id = ANY(ARRAY(SELECT id FROM " + ctx.jobs
                + " WHERE" + finished + " LIMIT ?)) AND" + finished + " RETURNING id),"
                + ctx.errorsOfGone + " SELECT count(*) FROM gone";
    }

    /**
     * Makes due scheduled and retryable jobs available; then lets the job table be vacuumed if it
     * needs it (see {@link JobTableVacuum}): the leader stages about once a second, prunes more rarely.
     */
    StageResult stageDue(StageParams p) {
        if (p.limit() < 1) {
            return StageResult.NONE;
        }
        StageResult staged = ctx.db().call("staging due jobs", c -> {
            int count = 0;
            Set<String> queues = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement(stageSql)) {
                ctx.bindNow(ps, 1, p.now());
                ps.setInt(2, p.limit());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        count++;
                        queues.add(rs.getString(1));
                    }
                }
            }
            return count == 0 ? StageResult.NONE : new StageResult(count, queues);
        });
        ctx.claimHints().forget(staged.queues());
        vacuum.maybeRun();
        return staged;
    }

    List<RescuedJob> rescueExpired(RescueParams p) {
        if (p.limit() < 1) {
            return List.of();
        }
        List<RescuedJob> rescued = ctx.db().call("rescuing jobs with expired leases", c -> {
            List<RescuedJob> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(rescueSql)) {
                ctx.bindNow(ps, 1, p.now());
                ps.setInt(2, p.maxLosses());
                ps.setInt(3, p.limit());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RescuedJob(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                JobState.parse(rs.getString(5))));
                    }
                }
            }
            return out;
        });
        Set<String> available = new LinkedHashSet<>();
        for (RescuedJob r : rescued) {
            if (r.state() == JobState.AVAILABLE) {
                available.add(r.queue());
            }
        }
        ctx.claimHints().forget(available);
        return rescued;
    }

    /**
     * Deletes expired jobs; then, at most once a minute, schedule ticks older than 30 days; and lets
     * the job table be vacuumed if it needs it (see {@link JobTableVacuum}).
     */
    int prune(PruneParams p) {
        if (p.limit() < 1) {
            return 0;
        }
        long succeeded = p.succeeded().toMillis();
        long dead = p.dead().toMillis();
        long cancelled = p.cancelled().toMillis();
        int pruned = ctx.db().call("pruning finished jobs", c -> {
            try (PreparedStatement ps = c.prepareStatement(pruneSql)) {
                ctx.bindNow(ps, 1, p.now());
                ps.setLong(2, Math.min(succeeded, Math.min(dead, cancelled)));
                ps.setLong(3, succeeded);
                ps.setLong(4, dead);
                ps.setLong(5, cancelled);
                ps.setInt(6, p.limit());
                return PgContext.count(ps);
            }
        });
        long now = System.nanoTime();
        if (now - ticksPrunedAt >= TICKS_EVERY_NANOS) {
            ctx.db().call("pruning schedule ticks", c -> {
                try (PreparedStatement ticks = c.prepareStatement("DELETE FROM " + ctx.schema()
                        + ".docket_schedule_ticks WHERE tick < " + PgContext.NOW + " - interval '30 days'")) {
                    ctx.bindNow(ticks, 1, p.now());
                    return ticks.executeUpdate();
                }
            });
            ticksPrunedAt = now;
        }
        vacuum.maybeRun();
        return pruned;
    }
}
