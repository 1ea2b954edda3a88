package dev.docket.postgres;

import dev.docket.spi.FireParams;
import dev.docket.spi.FireResult;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.JobStore;
import dev.docket.spi.PauseScheduleParams;
import dev.docket.spi.ScheduleRecord;
import dev.docket.spi.ScheduleStore;
import dev.docket.spi.TickFiring;
import dev.docket.spi.UpsertScheduleParams;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Schedules in PostgreSQL. A firing is one transaction that share-locks the leadership row (a
 * takeover waits for it to commit), locks the schedule row (concurrent firings of one schedule
 * serialise and the later one finds the watermark moved), checks the tick keys, inserts the jobs on
 * the same connection and records the keys under a primary key, the last line of defence.
 */
final class PgScheduleStore implements ScheduleStore {
    private static final String UNIQUE_VIOLATION = "23505";

    private final PgContext ctx;
    private final JobStore jobs;
    private final String schedules;
    private final String ticks;
    private final String columns = "name, definition, paused, handled_until, next_fire_at, last_tick, last_job_id,"
            + " pending_tick, created_at, updated_at";

    PgScheduleStore(PgContext ctx, JobStore jobs) {
        this.ctx = ctx;
        this.jobs = jobs;
        this.schedules = ctx.schema() + ".docket_schedules";
        this.ticks = ctx.schema() + ".docket_schedule_ticks";
    }

    @Override
    public ScheduleRecord upsert(UpsertScheduleParams p) {
        String sql = "INSERT INTO " + schedules + " AS s (" + columns + ") SELECT ?, ?, ?, ?, ?, NULL, NULL, NULL,"
                + " c.now, c.now FROM (SELECT " + PgContext.NOW + " AS now) AS c"
                + " ON CONFLICT (name) DO UPDATE SET definition = EXCLUDED.definition,"
                + " paused = COALESCE(?::boolean, s.paused),"
                + " handled_until = CASE WHEN ? THEN EXCLUDED.handled_until ELSE s.handled_until END,"
                + " next_fire_at = CASE WHEN ? THEN EXCLUDED.next_fire_at ELSE s.next_fire_at END,"
                + " pending_tick = CASE WHEN ? THEN NULL ELSE s.pending_tick END,"
                + " updated_at = EXCLUDED.updated_at RETURNING " + columns;
        return ctx.db().call("saving schedule " + p.name(), c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, p.name());
                ps.setString(2, p.definitionJson());
                ps.setBoolean(3, Boolean.TRUE.equals(p.paused()));
                PgContext.bindInstant(ps, 4, p.handledUntil());
                PgContext.bindInstant(ps, 5, p.nextFireAt());
                ctx.bindNow(ps, 6, p.now());
                ps.setObject(7, p.paused(), Types.BOOLEAN);
                ps.setBoolean(8, p.resetTiming());
                ps.setBoolean(9, p.resetTiming());
                ps.setBoolean(10, p.resetTiming());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return read(rs);
                }
            }
        });
    }

    @Override
    public Optional<ScheduleRecord> find(String name) {
        Objects.requireNonNull(name, "name");
        return ctx.db().call("reading schedule " + name, c -> one(c,
                "SELECT " + columns + " FROM " + schedules + " WHERE name = ?", name));
    }

    @Override
    public List<ScheduleRecord> list() {
        return ctx.db().call("listing schedules", c -> {
            List<ScheduleRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + columns + " FROM " + schedules + " ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        });
    }

    @Override
    public boolean delete(String name) {
        return ctx.db().call("deleting schedule " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + schedules + " WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Optional<ScheduleRecord> setPaused(PauseScheduleParams p) {
        String sql = p.paused()
                ? "UPDATE " + schedules + " SET paused = true, updated_at = " + PgContext.NOW + " WHERE name = ? RETURNING " + columns
                : "UPDATE " + schedules + " SET paused = false, handled_until = ?, next_fire_at = ?, pending_tick = NULL,"
                        + " updated_at = " + PgContext.NOW + " WHERE name = ? RETURNING " + columns;
        return ctx.db().call((p.paused() ? "pausing" : "resuming") + " schedule " + p.name(), c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (!p.paused()) {
                    PgContext.bindInstant(ps, i++, p.handledUntil());
                    PgContext.bindInstant(ps, i++, p.nextFireAt());
                }
                ctx.bindNow(ps, i++, p.now());
                ps.setString(i, p.name());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<ScheduleRecord>empty();
                }
            }
        });
    }

    @Override
    public FireResult fire(FireParams p) {
        try {
            return ctx.db().transaction("firing schedule " + p.schedule(), c -> fireIn(c, p));
        } catch (dev.docket.StoreException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return FireResult.of(FireResult.Status.DUPLICATE_TICK);
            }
            throw e;
        }
    }

    private FireResult fireIn(Connection c, FireParams p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + ctx.leaders
                + " WHERE name = ? AND holder = ? AND term = ? AND expires_at >= " + PgContext.NOW + " FOR SHARE")) {
            ps.setString(1, p.leader().name());
            ps.setString(2, p.leader().holder());
            ps.setLong(3, p.leader().term());
            ctx.bindNow(ps, 4, p.now());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return FireResult.of(FireResult.Status.NOT_LEADER);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT handled_until FROM " + schedules
                + " WHERE name = ? FOR UPDATE")) {
            ps.setString(1, p.schedule());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !Objects.equals(JobRows.instant(rs, 1), micros(p.expectedHandledUntil()))) {
                    return FireResult.of(FireResult.Status.STALE);
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        if (!p.firings().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + ticks
                    + " WHERE schedule = ? AND tick = ANY(?::timestamptz[])")) {
                ps.setString(1, p.schedule());
                ps.setArray(2, c.createArrayOf("text", p.firings().stream().map(f -> PgContext.text(f.tick())).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return FireResult.of(FireResult.Status.DUPLICATE_TICK);
                    }
                }
            }
            List<InsertResult> inserted = jobs.insert(new InsertParams(
                    p.firings().stream().map(TickFiring::job).toList(), c, p.now()));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + ticks + " (schedule, tick, job_id)"
                    + " SELECT ?, t, j FROM unnest(?::timestamptz[], ?::int8[]) AS u(t, j)")) {
                inserted.forEach(r -> ids.add(r.id()));
                ps.setString(1, p.schedule());
                ps.setArray(2, c.createArrayOf("text", p.firings().stream().map(f -> PgContext.text(f.tick())).toArray()));
                ps.setArray(3, c.createArrayOf("int8", ids.toArray()));
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + schedules + " SET handled_until = ?,"
                + " next_fire_at = ?, pending_tick = ?, last_tick = COALESCE(?, last_tick),"
                + " last_job_id = COALESCE(?, last_job_id), updated_at = " + PgContext.NOW + " WHERE name = ?")) {
            PgContext.bindInstant(ps, 1, p.handledUntil());
            PgContext.bindInstant(ps, 2, p.nextFireAt());
            PgContext.bindInstant(ps, 3, p.pendingTick());
            PgContext.bindInstant(ps, 4, p.firings().isEmpty() ? null : p.firings().get(p.firings().size() - 1).tick());
            ps.setObject(5, ids.isEmpty() ? null : ids.get(ids.size() - 1), Types.BIGINT);
            ctx.bindNow(ps, 6, p.now());
            ps.setString(7, p.schedule());
            ps.executeUpdate();
        }
        return new FireResult(FireResult.Status.FIRED, ids);
    }

    private static Instant micros(Instant i) {
        return i == null ? null : i.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private Optional<ScheduleRecord> one(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static ScheduleRecord read(ResultSet rs) throws SQLException {
        long lastJob = rs.getLong(7);
        Long lastJobId = rs.wasNull() ? null : lastJob;
        return new ScheduleRecord(rs.getString(1), rs.getString(2), rs.getBoolean(3), JobRows.instant(rs, 4),
                JobRows.instant(rs, 5), JobRows.instant(rs, 6), lastJobId, JobRows.instant(rs, 8),
                JobRows.instant(rs, 9), JobRows.instant(rs, 10));
    }
}
