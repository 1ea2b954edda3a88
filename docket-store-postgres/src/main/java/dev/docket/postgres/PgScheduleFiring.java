package dev.docket.postgres;

import dev.docket.spi.FireParams;
import dev.docket.spi.FireResult;
import dev.docket.spi.InsertResult;
import dev.docket.spi.Leadership;
import dev.docket.spi.NewJob;
import dev.docket.spi.TickFiring;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Fires schedule ticks in one transaction, fenced three ways before anything is written: the
 * caller's leadership row is locked in share mode (so it cannot change hands until the firing
 * commits) and must still be held under that holder and term; the schedule row is locked and its
 * watermark must equal the expected one (concurrent firings queue behind the lock and then see
 * the moved watermark); and no tick may have fired before (the permanent tick keys). Then the
 * jobs are inserted as {@link PgInsert} inserts them, their ticks recorded and the schedule moved on.
 */
final class PgScheduleFiring {
    private final PgContext ctx;
    private final PgInsert insert;
    private final String leaderSql;
    private final String watermarkSql;
    private final String firedSql;
    private final String recordSql;
    private final String advanceSql;

    PgScheduleFiring(PgContext ctx, PgInsert insert) {
        this.ctx = ctx;
        this.insert = insert;
        this.leaderSql = "SELECT 1 FROM " + ctx.leaders + " WHERE name = ? AND holder = ? AND term = ?"
                + " AND expires_at >= " + PgContext.NOW + " FOR SHARE";
        this.watermarkSql = "SELECT handled_until IS NOT DISTINCT FROM ?::timestamptz FROM " + ctx.schedules
                + " WHERE name = ? FOR UPDATE";
        this.firedSql = "SELECT EXISTS (SELECT 1 FROM " + ctx.scheduleTicks
                + " WHERE schedule = ? AND tick = ANY(?::timestamptz[]))";
        this.recordSql = "INSERT INTO " + ctx.scheduleTicks + " (schedule, tick, job_id, fired_at)"
                + " SELECT ?, u.tick, u.job_id, " + PgContext.NOW
                + " FROM unnest(?::timestamptz[], ?::int8[]) AS u(tick, job_id)";
        this.advanceSql = "UPDATE " + ctx.schedules + " SET handled_until = ?, next_fire_at = ?, pending_tick = ?,"
                + " last_tick = COALESCE(?, last_tick), last_job_id = COALESCE(?, last_job_id),"
                + " updated_at = " + PgContext.NOW + " WHERE name = ?";
    }

    FireResult fire(FireParams p) {
        return ctx.db().transaction("firing schedule " + p.schedule(), c -> {
            if (!leads(c, p)) {
                return FireResult.of(FireResult.Status.NOT_LEADER);
            }
            if (!watermarkHolds(c, p)) {
                return FireResult.of(FireResult.Status.STALE);
            }
            String[] ticks = p.firings().stream().map(f -> PgContext.text(f.tick())).toArray(String[]::new);
            if (ticks.length > 0 && alreadyFired(c, p.schedule(), ticks)) {
                return FireResult.of(FireResult.Status.DUPLICATE_TICK);
            }
            List<Long> ids = new ArrayList<>();
            if (ticks.length > 0) {
                List<NewJob> jobs = p.firings().stream().map(f -> f.job().withUniqueKey(null)).toList();
                for (InsertResult r : insert.insertOn(c, jobs, p.now())) {
                    ids.add(r.id());
                }
                record(c, p, ticks, ids);
            }
            advance(c, p, ids);
            return new FireResult(FireResult.Status.FIRED, ids);
        });
    }

    private boolean leads(Connection c, FireParams p) throws SQLException {
        Leadership l = p.leader();
        try (PreparedStatement ps = c.prepareStatement(leaderSql)) {
            ps.setString(1, l.name());
            ps.setString(2, l.holder());
            ps.setLong(3, l.term());
            ctx.bindNow(ps, 4, p.now());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private boolean watermarkHolds(Connection c, FireParams p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(watermarkSql)) {
            PgContext.bindInstant(ps, 1, p.expectedHandledUntil());
            ps.setString(2, p.schedule());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private boolean alreadyFired(Connection c, String schedule, String[] ticks) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(firedSql)) {
            ps.setString(1, schedule);
            ps.setArray(2, c.createArrayOf("text", ticks));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private void record(Connection c, FireParams p, String[] ticks, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(recordSql)) {
            ps.setString(1, p.schedule());
            ctx.bindNow(ps, 2, p.now());
            ps.setArray(3, c.createArrayOf("text", ticks));
            ps.setArray(4, c.createArrayOf("int8", ids.toArray()));
            ps.executeUpdate();
        }
    }

    private void advance(Connection c, FireParams p, List<Long> ids) throws SQLException {
        TickFiring last = p.firings().isEmpty() ? null : p.firings().get(p.firings().size() - 1);
        try (PreparedStatement ps = c.prepareStatement(advanceSql)) {
            PgContext.bindInstant(ps, 1, p.handledUntil());
            PgContext.bindInstant(ps, 2, p.nextFireAt());
            PgContext.bindInstant(ps, 3, p.pendingTick());
            PgContext.bindInstant(ps, 4, last == null ? null : last.tick());
            ps.setObject(5, ids.isEmpty() ? null : ids.get(ids.size() - 1), Types.BIGINT);
            ctx.bindNow(ps, 6, p.now());
            ps.setString(7, p.schedule());
            ps.executeUpdate();
        }
    }
}
