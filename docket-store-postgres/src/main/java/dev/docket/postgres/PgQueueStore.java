package dev.docket.postgres;

import dev.docket.spi.Notifier;
import dev.docket.spi.QueueRecord;
import dev.docket.spi.QueueStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Pause and resume: one upsert whose statement also issues the {@code pause:}/{@code resume:}
 * notification, so it is delivered exactly when the change commits.
 */
final class PgQueueStore implements QueueStore {
    private final PgContext ctx;
    private final String setSql;

    PgQueueStore(PgContext ctx) {
        this.ctx = ctx;
        this.setSql = "WITH up AS (INSERT INTO " + ctx.queues + " (name, paused, updated_at)"
                + " VALUES (?, ?, " + PgContext.NOW + ") ON CONFLICT (name) DO UPDATE"
                + " SET paused = EXCLUDED.paused, updated_at = EXCLUDED.updated_at RETURNING name, paused)"
                + " SELECT pg_notify(?, '" + Notifier.CONTROL + ":'"
                + " || CASE WHEN paused THEN 'pause:' ELSE 'resume:' END || name) FROM up";
    }

    @Override
    public void setPaused(String queue, boolean paused, Instant now) {
        if (queue == null || queue.isBlank()) {
            throw new IllegalArgumentException("queue name is empty");
        }
        ctx.db().call((paused ? "pausing" : "resuming") + " queue " + queue, c -> {
            try (PreparedStatement ps = c.prepareStatement(setSql)) {
                ps.setString(1, queue);
                ps.setBoolean(2, paused);
                ctx.bindNow(ps, 3, now);
                ps.setString(4, ctx.channel());
                ps.executeQuery().close();
            }
            return null;
        });
    }

    @Override
    public List<QueueRecord> list() {
        return ctx.db().call("listing queues", c -> {
            List<QueueRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, paused, updated_at FROM " + ctx.queues + " ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new QueueRecord(rs.getString(1), rs.getBoolean(2), JobRows.instant(rs, 3)));
                }
            }
            return out;
        });
    }
}
