package dev.docket.postgres;

import dev.docket.spi.FireParams;
import dev.docket.spi.FireResult;
import dev.docket.spi.PauseScheduleParams;
import dev.docket.spi.ScheduleRecord;
import dev.docket.spi.ScheduleStore;
import dev.docket.spi.UpsertScheduleParams;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Schedules as rows of {@code docket_schedules}; firing is delegated to {@link PgScheduleFiring}.
 * Every write is one statement.
 */
final class PgScheduleStore implements ScheduleStore {
    static final String COLUMNS = "name, definition, paused, handled_until, next_fire_at, last_tick, last_job_id,"
            + " pending_tick, created_at, updated_at";

    private final PgContext ctx;
    private final PgScheduleFiring firing;
    private final String upsertSql;
    private final String pauseSql;
    private final String resumeSql;

    PgScheduleStore(PgContext ctx, PgInsert insert) {
        this.ctx = ctx;
        this.firing = new PgScheduleFiring(ctx, insert);
        this.upsertSql = "INSERT INTO " + ctx.schedules + " AS s (name, definition, paused, handled_until,"
                + " next_fire_at, created_at, updated_at)"
                + " SELECT ?, ?, COALESCE(?::boolean, false), ?, ?, c.now, c.now"
                + " FROM (SELECT " + PgContext.NOW + " AS now) AS c"
                + " ON CONFLICT (name) DO UPDATE SET definition = EXCLUDED.definition,"
                + " paused = COALESCE(?::boolean, s.paused),"
                + " handled_until = CASE WHEN ? THEN EXCLUDED.handled_until ELSE s.handled_until END,"
                + " next_fire_at = CASE WHEN ? THEN EXCLUDED.next_fire_at ELSE s.next_fire_at END,"
                + " pending_tick = CASE WHEN ? THEN NULL ELSE s.pending_tick END,"
                + " updated_at = EXCLUDED.updated_at"
                + " RETURNING " + COLUMNS;
        this.pauseSql = "UPDATE " + ctx.schedules + " SET paused = true, updated_at = " + PgContext.NOW
                + " WHERE name = ? RETURNING " + COLUMNS;
        this.resumeSql = "UPDATE " + ctx.schedules + " SET paused = false, handled_until = ?, next_fire_at = ?,"
                + " pending_tick = NULL, updated_at = " + PgContext.NOW + " WHERE name = ? RETURNING " + COLUMNS;
    }

    @Override
    public ScheduleRecord upsert(UpsertScheduleParams p) {
        return ctx.db().call("saving schedule " + p.name(), c -> {
            try (PreparedStatement ps = c.prepareStatement(upsertSql)) {
                ps.setString(1, p.name());
                ps.setString(2, p.definitionJson());
                setBoolean(ps, 3, p.paused());
                PgContext.bindInstant(ps, 4, p.handledUntil());
                PgContext.bindInstant(ps, 5, p.nextFireAt());
                ctx.bindNow(ps, 6, p.now());
                setBoolean(ps, 7, p.paused());
                ps.setBoolean(8, p.resetTiming());
                ps.setBoolean(9, p.resetTiming());
                ps.setBoolean(10, p.resetTiming());
                return one(ps).orElseThrow();
            }
        });
    }

    @Override
    public Optional<ScheduleRecord> find(String name) {
        return ctx.db().call("reading schedule " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + ctx.schedules
                    + " WHERE name = ?")) {
                ps.setString(1, name);
                return one(ps);
            }
        });
    }

    @Override
    public List<ScheduleRecord> list() {
        return ctx.db().call("listing schedules", c -> {
            List<ScheduleRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + ctx.schedules
                    + " ORDER BY name");
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
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + ctx.schedules + " WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Optional<ScheduleRecord> setPaused(PauseScheduleParams p) {
        return ctx.db().call((p.paused() ? "pausing" : "resuming") + " schedule " + p.name(), c -> {
            if (p.paused()) {
                try (PreparedStatement ps = c.prepareStatement(pauseSql)) {
                    ctx.bindNow(ps, 1, p.now());
                    ps.setString(2, p.name());
                    return one(ps);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(resumeSql)) {
                PgContext.bindInstant(ps, 1, p.handledUntil());
                PgContext.bindInstant(ps, 2, p.nextFireAt());
                ctx.bindNow(ps, 3, p.now());
                ps.setString(4, p.name());
                return one(ps);
            }
        });
    }

    @Override
    public FireResult fire(FireParams params) {
        return firing.fire(params);
    }

    private static void setBoolean(PreparedStatement ps, int index, Boolean value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BOOLEAN);
        } else {
            ps.setBoolean(index, value);
        }
    }

    private static Optional<ScheduleRecord> one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(read(rs)) : Optional.empty();
        }
    }

    /** The schedule in the current row, whose columns are {@link #COLUMNS}. */
    static ScheduleRecord read(ResultSet rs) throws SQLException {
        long lastJob = rs.getLong(7);
        Long lastJobId = rs.wasNull() ? null : lastJob;
        return new ScheduleRecord(rs.getString(1), rs.getString(2), rs.getBoolean(3), JobRows.instant(rs, 4),
                JobRows.instant(rs, 5), JobRows.instant(rs, 6), lastJobId, JobRows.instant(rs, 8),
                JobRows.instant(rs, 9), JobRows.instant(rs, 10));
    }
}
