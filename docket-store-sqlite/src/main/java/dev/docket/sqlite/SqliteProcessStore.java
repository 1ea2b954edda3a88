package dev.docket.sqlite;

import dev.docket.jdbc.MetaJson;
import dev.docket.spi.ProcessRecord;
import dev.docket.spi.ProcessStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The registry of live processes: heartbeats upsert a row, stale rows are reaped. */
final class SqliteProcessStore implements ProcessStore {
    private static final String UPSERT = "INSERT INTO docket_processes (id, name, host, pid, started_at,"
            + " heartbeat_at, queues_json, running, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, host = excluded.host, pid = excluded.pid,"
            + " started_at = excluded.started_at, heartbeat_at = excluded.heartbeat_at,"
            + " queues_json = excluded.queues_json, running = excluded.running, version = excluded.version";
    private static final String LIST = "SELECT id, name, host, pid, started_at, heartbeat_at, queues_json, running,"
            + " version FROM docket_processes ORDER BY started_at, id";
    private static final String REMOVE = "DELETE FROM docket_processes WHERE id = ?";
    private static final String REAP = "DELETE FROM docket_processes WHERE heartbeat_at < ?";

    private final Writer writer;
    private final ReadPool reads;

    SqliteProcessStore(Writer writer, ReadPool reads) {
        this.writer = writer;
        this.reads = reads;
    }

    @Override
    public void heartbeat(ProcessRecord p, Instant now) {
        Objects.requireNonNull(p, "process");
        Objects.requireNonNull(p.id(), "process id");
        Objects.requireNonNull(p.startedAt(), "process startedAt");
        Objects.requireNonNull(now, "now");
        writer.submit("recording the heartbeat of process " + p.id(), tx -> {
            PreparedStatement ps = tx.prepare(UPSERT);
            ps.setString(1, p.id());
            ps.setString(2, p.name() == null ? p.id() : p.name());
            ps.setString(3, p.host());
            ps.setLong(4, p.pid());
            ps.setLong(5, Times.millis(p.startedAt()));
            ps.setLong(6, tx.now(now));
            ps.setString(7, MetaJson.write(asText(p.queues())));
            ps.setInt(8, p.running());
            ps.setString(9, p.version());
            ps.executeUpdate();
            return null;
        });
    }

    @Override
    public void remove(String id) {
        writer.submit("removing process " + id, tx -> {
            PreparedStatement ps = tx.prepare(REMOVE);
            ps.setString(1, id);
            return ps.executeUpdate();
        });
    }

    @Override
    public List<ProcessRecord> list() {
        return reads.read("listing processes", c -> {
            List<ProcessRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(LIST); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        });
    }

    @Override
    public int reap(Duration staleAfter, Instant now) {
        Objects.requireNonNull(staleAfter, "staleAfter");
        Objects.requireNonNull(now, "now");
        return writer.submit("reaping stale processes", tx -> {
            PreparedStatement ps = tx.prepare(REAP);
            ps.setLong(1, tx.now(now) - Times.millis(staleAfter));
            return ps.executeUpdate();
        });
    }

    private static ProcessRecord read(ResultSet rs) throws SQLException {
        Map<String, Integer> queues = new LinkedHashMap<>();
        MetaJson.read(rs.getString(7)).forEach((q, n) -> queues.put(q, Integer.valueOf(n)));
        return new ProcessRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                Times.instant(rs.getLong(5)), Times.instant(rs.getLong(6)), queues, rs.getInt(8), rs.getString(9));
    }

    /** Queue concurrencies as a string map, the shape {@link MetaJson} stores. */
    private static Map<String, String> asText(Map<String, Integer> queues) {
        Map<String, String> out = new LinkedHashMap<>();
        queues.forEach((q, n) -> out.put(q, String.valueOf(n)));
        return out;
    }
}
