package dev.docket.micrometer;

import dev.docket.JobState;
import dev.docket.admin.DocketAdmin;
import dev.docket.admin.QueueView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin model's queue view, read at most once per refresh interval however often gauges are
 * read, so that a scrape of many gauges (or many scrapers) costs the store one query. When the store
 * cannot be read, the last values stay and the failure is logged once per outage.
 */
final class QueueSnapshot {
    private static final Logger log = LoggerFactory.getLogger(QueueSnapshot.class);

    private final DocketAdmin admin;
    private final long refreshNanos;
    private final LongSupplier nanoTime;
    private final Consumer<String> newQueue;
    private volatile Map<String, QueueView> queues = Map.of();
    private long readAt;
    private boolean read;
    private boolean failing;

    QueueSnapshot(DocketAdmin admin, Duration refresh, LongSupplier nanoTime, Consumer<String> newQueue) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.refreshNanos = refresh.toNanos();
        this.nanoTime = nanoTime;
        this.newQueue = newQueue;
    }

    /** Jobs of {@code queue} in {@code state}, as of the last refresh. */
    double count(String queue, JobState state) {
        refreshIfStale();
        QueueView q = queues.get(queue);
        Long n = q == null ? null : q.counts().get(state);
        return n == null ? 0 : n;
    }

    /** Seconds the oldest available job of {@code queue} has been due, as of the last refresh. */
    double latencySeconds(String queue) {
        refreshIfStale();
        QueueView q = queues.get(queue);
        return q == null ? 0 : q.latency().toNanos() / 1e9;
    }

    /** Reads the admin model now if the last read is older than the refresh interval. */
    void refreshIfStale() {
        List<String> added;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            if (read && now - readAt < refreshNanos) {
                return;
            }
            readAt = now;
            read = true;
            Map<String, QueueView> fresh;
            try {
                fresh = admin.queues().stream().collect(Collectors.toUnmodifiableMap(QueueView::name, q -> q));
                if (failing) {
                    log.info("queue metrics: the store answers again");
                    failing = false;
                }
            } catch (RuntimeException e) {
                if (!failing) {
                    log.warn("queue metrics: cannot read queues; gauges keep their last values: {}", e.getMessage());
                    failing = true;
                }
                return;
            }
            Map<String, QueueView> before = queues;
            queues = fresh;
            added = fresh.keySet().stream().filter(q -> !before.containsKey(q)).sorted().toList();
        }
        added.forEach(newQueue);
    }
}
