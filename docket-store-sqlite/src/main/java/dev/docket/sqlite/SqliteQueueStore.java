package dev.docket.sqlite;

import dev.docket.spi.Notifier;
import dev.docket.spi.QueueRecord;
import dev.docket.spi.QueueStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Paused or resumed queues, one row each; pausing and resuming publish a control notification. */
final class SqliteQueueStore implements QueueStore {
    private static final String UPSERT = "INSERT INTO docket_queues (name, paused, updated_at) VALUES (?, ?, ?)"
            + " ON CONFLICT (name) DO UPDATE SET paused = excluded.paused, updated_at = excluded.updated_at";
    private static final String LIST = "SELECT name, paused, updated_at FROM docket_queues ORDER BY name";

    private final Writer writer;
    private final ReadPool reads;

    SqliteQueueStore(Writer writer, ReadPool reads) {
        this.writer = writer;
        this.reads = reads;
    }

    @Override
    public void setPaused(String queue, boolean paused, Instant now) {
        Objects.requireNonNull(now, "now");
        if (queue == null || queue.isBlank()) {
            throw new IllegalArgumentException("queue name is blank");
        }
        writer.submit((paused ? "pausing" : "resuming") + " queue " + queue, tx -> {
            PreparedStatement ps = tx.prepare(UPSERT);
            ps.setString(1, queue);
            ps.setInt(2, paused ? 1 : 0);
            ps.setLong(3, tx.now(now));
            ps.executeUpdate();
            tx.publishAfterCommit(Notifier.CONTROL, (paused ? "pause:" : "resume:") + queue);
            if (!paused) {
                tx.publishAfterCommit(Notifier.JOBS_AVAILABLE, queue);
            }
            return null;
        });
    }

    @Override
    public List<QueueRecord> list() {
        return reads.read("listing queues", c -> {
            List<QueueRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(LIST); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new QueueRecord(rs.getString(1), rs.getInt(2) != 0, Times.instant(rs.getLong(3))));
                }
            }
            return out;
        });
    }
}
