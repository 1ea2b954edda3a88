package dev.docket.postgres;

import dev.docket.spi.ProcessRecord;
import dev.docket.spi.ProcessStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The registry of live processes: upserted heartbeats, reaped when stale. */
final class PgProcessStore implements ProcessStore {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Integer>> QUEUES = new TypeReference<>() { };

    private final PgContext ctx;

    PgProcessStore(PgContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void heartbeat(ProcessRecord p, Instant now) {
        ctx.db().call("recording the heartbeat of process " + p.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + ctx.processes
                    + " (id, name, host, pid, started_at, heartbeat_at, queues, running, version)"
                    + " VALUES (?, ?, ?, ?, ?, " + PgContext.NOW + ", ?::jsonb, ?, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, host = EXCLUDED.host,"
                    + " pid = EXCLUDED.pid, started_at = EXCLUDED.started_at,"
                    + " heartbeat_at = EXCLUDED.heartbeat_at, queues = EXCLUDED.queues,"
                    + " running = EXCLUDED.running, version = EXCLUDED.version")) {
                ps.setString(1, p.id());
                ps.setString(2, p.name());
                ps.setString(3, p.host());
                ps.setLong(4, p.pid());
                PgContext.bindInstant(ps, 5, p.startedAt());
                ctx.bindNow(ps, 6, now);
                ps.setString(7, JSON.writeValueAsString(p.queues()));
                ps.setInt(8, p.running());
                ps.setString(9, p.version());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void remove(String id) {
        ctx.db().call("removing process " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + ctx.processes + " WHERE id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<ProcessRecord> list() {
        return ctx.db().call("listing processes", c -> {
            List<ProcessRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, host, pid, started_at, heartbeat_at,"
                    + " queues::text, running, version FROM " + ctx.processes
                    + " ORDER BY started_at NULLS LAST, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Integer> queues = JSON.readValue(rs.getString(7), QUEUES);
                    out.add(new ProcessRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            JobRows.instant(rs, 5), JobRows.instant(rs, 6), queues, rs.getInt(8),
                            rs.getString(9)));
                }
            }
            return out;
        });
    }

    @Override
    public int reap(Duration staleAfter, Instant now) {
        return ctx.db().call("removing stale processes", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + ctx.processes
                    + " WHERE heartbeat_at < " + PgContext.NOW + " - ?::int8 * interval '1 millisecond'")) {
                ctx.bindNow(ps, 1, now);
                ps.setLong(2, staleAfter.toMillis());
                return ps.executeUpdate();
            }
        });
    }
}
