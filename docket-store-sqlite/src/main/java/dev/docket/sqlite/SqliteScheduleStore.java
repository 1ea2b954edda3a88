package dev.docket.sqlite;

import dev.docket.spi.FireParams;
import dev.docket.spi.FireResult;
import dev.docket.spi.InsertResult;
import dev.docket.spi.PauseScheduleParams;
import dev.docket.spi.ScheduleRecord;
import dev.docket.spi.ScheduleStore;
import dev.docket.spi.TickFiring;
import dev.docket.spi.UpsertScheduleParams;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Schedules in SQLite. A firing is one write request: the leadership check, the watermark
 * compare-and-set, the tick keys and the job inserts run in the writer's transaction, which holds
 * the database's write lock, so no other process can interleave.
 */
final class SqliteScheduleStore implements ScheduleStore {
    private static final String COLUMNS = "name, definition, paused, handled_until, next_fire_at, last_tick,"
            + " last_job_id, pending_tick, created_at, updated_at";
    private static final String INSERT = "INSERT INTO docket_schedules (" + COLUMNS + ")"
            + " VALUES (?1, ?2, ?3, ?4, ?5, NULL, NULL, NULL, ?6, ?6)"
            + " ON CONFLICT (name) DO UPDATE SET definition = excluded.definition,"
            + " paused = CASE WHEN ?7 IS NULL THEN docket_schedules.paused ELSE ?7 END,"
            + " handled_until = CASE WHEN ?8 THEN excluded.handled_until ELSE docket_schedules.handled_until END,"
            + " next_fire_at = CASE WHEN ?8 THEN excluded.next_fire_at ELSE docket_schedules.next_fire_at END,"
            + " pending_tick = CASE WHEN ?8 THEN NULL ELSE docket_schedules.pending_tick END,"
            + " updated_at = excluded.updated_at"
            + " RETURNING " + COLUMNS;
    private static final String FIND = "SELECT " + COLUMNS + " FROM docket_schedules WHERE name = ?";
    private static final String LIST = "SELECT " + COLUMNS + " FROM docket_schedules ORDER BY name";
    private static final String DELETE = "DELETE FROM docket_schedules WHERE name = ?";
    private static final String PAUSE = "UPDATE docket_schedules SET paused = 1, updated_at = ? WHERE name = ?"
            + " RETURNING " + COLUMNS;
    private static final String RESUME = "UPDATE docket_schedules SET paused = 0, handled_until = ?,"
            + " next_fire_at = ?, pending_tick = NULL, updated_at = ? WHERE name = ? RETURNING " + COLUMNS;
    private static final String LEADS = "SELECT 1 FROM docket_leaders"
            + " WHERE name = ? AND holder = ? AND term = ? AND expires_at >= ?";
    private static final String WATERMARK = "SELECT handled_until FROM docket_schedules WHERE name = ?";
    private static final String TICK_TAKEN = "SELECT 1 FROM docket_schedule_ticks WHERE schedule = ? AND tick = ?";
    private static final String ADD_TICK = "INSERT INTO docket_schedule_ticks (schedule, tick, job_id) VALUES (?, ?, ?)";
    private static final String ADVANCE = "UPDATE docket_schedules SET handled_until = ?, next_fire_at = ?,"
            + " pending_tick = ?, last_tick = COALESCE(?, last_tick), last_job_id = COALESCE(?, last_job_id),"
            + " updated_at = ? WHERE name = ?";

    private final Writer writer;
    private final ReadPool reads;

    SqliteScheduleStore(Writer writer, ReadPool reads) {
        this.writer = writer;
        this.reads = reads;
    }

    @Override
    public ScheduleRecord upsert(UpsertScheduleParams p) {
        return writer.submit("saving schedule " + p.name(), tx -> {
            PreparedStatement ps = tx.prepare(INSERT);
            ps.setString(1, p.name());
            ps.setString(2, p.definitionJson());
            ps.setInt(3, Boolean.TRUE.equals(p.paused()) ? 1 : 0);
            setTime(ps, 4, p.handledUntil());
            setTime(ps, 5, p.nextFireAt());
            ps.setLong(6, tx.now(p.now()));
            if (p.paused() == null) {
                ps.setNull(7, java.sql.Types.INTEGER);
            } else {
                ps.setInt(7, p.paused() ? 1 : 0);
            }
            ps.setInt(8, p.resetTiming() ? 1 : 0);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return read(rs);
            }
        });
    }

    @Override
    public Optional<ScheduleRecord> find(String name) {
        Objects.requireNonNull(name, "name");
        return reads.read("reading schedule " + name, c -> findOn(c, name));
    }

    @Override
    public List<ScheduleRecord> list() {
        return reads.read("listing schedules", c -> {
            List<ScheduleRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(LIST); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        });
    }

    @Override
    public boolean delete(String name) {
        return writer.submit("deleting schedule " + name, tx -> {
            PreparedStatement ps = tx.prepare(DELETE);
            ps.setString(1, name);
            return ps.executeUpdate() > 0;
        });
    }

    @Override
    public Optional<ScheduleRecord> setPaused(PauseScheduleParams p) {
        return writer.submit((p.paused() ? "pausing" : "resuming") + " schedule " + p.name(), tx -> {
            PreparedStatement ps;
            long now = tx.now(p.now());
            if (p.paused()) {
                ps = tx.prepare(PAUSE);
                ps.setLong(1, now);
                ps.setString(2, p.name());
            } else {
                ps = tx.prepare(RESUME);
                setTime(ps, 1, p.handledUntil());
                setTime(ps, 2, p.nextFireAt());
                ps.setLong(3, now);
                ps.setString(4, p.name());
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    @Override
    public FireResult fire(FireParams p) {
        return writer.submit("firing schedule " + p.schedule(), tx -> {
            long now = tx.now(p.now());
            if (!leads(tx, p, now)) {
                return FireResult.of(FireResult.Status.NOT_LEADER);
            }
            PreparedStatement wm = tx.prepare(WATERMARK);
            wm.setString(1, p.schedule());
            try (ResultSet rs = wm.executeQuery()) {
                if (!rs.next() || !Objects.equals(Times.instantOrNull(rs, 1), p.expectedHandledUntil())) {
                    return FireResult.of(FireResult.Status.STALE);
                }
            }
            PreparedStatement taken = tx.prepare(TICK_TAKEN);
            for (TickFiring f : p.firings()) {
                taken.setString(1, p.schedule());
                taken.setLong(2, Times.millis(f.tick()));
                try (ResultSet rs = taken.executeQuery()) {
                    if (rs.next()) {
                        return FireResult.of(FireResult.Status.DUPLICATE_TICK);
                    }
                }
            }
            List<Long> ids = new ArrayList<>();
            if (!p.firings().isEmpty()) {
                List<InsertResult> inserted = Inserter.insert(tx, p.firings().stream().map(TickFiring::job).toList(), p.now());
                PreparedStatement add = tx.prepare(ADD_TICK);
                for (int i = 0; i < inserted.size(); i++) {
                    ids.add(inserted.get(i).id());
                    add.setString(1, p.schedule());
                    add.setLong(2, Times.millis(p.firings().get(i).tick()));
                    add.setLong(3, inserted.get(i).id());
                    add.addBatch();
                }
                add.executeBatch();
            }
            PreparedStatement advance = tx.prepare(ADVANCE);
            setTime(advance, 1, p.handledUntil());
            setTime(advance, 2, p.nextFireAt());
            setTime(advance, 3, p.pendingTick());
            setTime(advance, 4, p.firings().isEmpty() ? null : p.firings().get(p.firings().size() - 1).tick());
            Times.setLongOrNull(advance, 5, ids.isEmpty() ? null : ids.get(ids.size() - 1));
            advance.setLong(6, now);
            advance.setString(7, p.schedule());
            advance.executeUpdate();
            return new FireResult(FireResult.Status.FIRED, ids);
        });
    }

    private static boolean leads(Tx tx, FireParams p, long now) throws SQLException {
        PreparedStatement ps = tx.prepare(LEADS);
        ps.setString(1, p.leader().name());
        ps.setString(2, p.leader().holder());
        ps.setLong(3, p.leader().term());
        ps.setLong(4, now);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private static Optional<ScheduleRecord> findOn(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FIND)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static void setTime(PreparedStatement ps, int index, Instant value) throws SQLException {
        Times.setLongOrNull(ps, index, value == null ? null : Times.millis(value));
    }

    private static ScheduleRecord read(ResultSet rs) throws SQLException {
        return new ScheduleRecord(rs.getString(1), rs.getString(2), rs.getInt(3) != 0, Times.instantOrNull(rs, 4),
                Times.instantOrNull(rs, 5), Times.instantOrNull(rs, 6), Times.longOrNull(rs, 7),
                Times.instantOrNull(rs, 8), Times.instant(rs.getLong(9)), Times.instant(rs.getLong(10)));
    }
}
