package dev.docket.postgres;

import dev.docket.StoreException;
import dev.docket.spi.Notifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debounced {@link Notifier#JOBS_AVAILABLE} notifications: at most one per queue per
 * {@link #WINDOW_MS} from this store instance. A NOTIFY makes its transaction take a database-wide
 * lock at commit, so one per insert would serialise every inserting session; one per queue per
 * window keeps the wake-up and drops the cost.
 *
 * <p>A queue whose notification was held back gets one at the end of its window (sent outside any
 * transaction, so it also wakes workers for inserts that committed meanwhile).
 */
final class Wakeups implements AutoCloseable {
    static final long WINDOW_MS = 20;
    private static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(WINDOW_MS);
    private static final Logger log = LoggerFactory.getLogger(Wakeups.class);

    /** Per queue: when its last notification went out, and whether one is owed. */
    private static final class Slot {
        long sentAt;
        boolean sent;
        boolean owed;
    }

    private final PgContext ctx;
    private final LongSupplier clock;
    private final String sql;
    private final Map<String, Slot> slots = new HashMap<>();
    private ScheduledExecutorService timer;
    private boolean closed;

    Wakeups(PgContext ctx) {
        this(ctx, System::nanoTime);
    }

    /** With {@code clock} giving nanoseconds (tests move it by hand). */
    Wakeups(PgContext ctx, LongSupplier clock) {
        this.ctx = ctx;
        this.clock = clock;
        this.sql = "SELECT pg_notify(?, '" + Notifier.JOBS_AVAILABLE + ":' || q) FROM unnest(?::text[]) AS q";
    }

    /** Whether a notification for any of {@code queues} would go out now (marks nothing). */
    synchronized boolean anyDue(Collection<String> queues) {
        long now = clock.getAsLong();
        for (String queue : queues) {
            Slot slot = slots.get(queue);
            if (slot == null || !slot.sent || now - slot.sentAt >= WINDOW_NANOS) {
                return true;
            }
        }
        return false;
    }

    /**
     * The queues among {@code queues} to notify now (marked as sent); the others are owed a
     * notification at the end of their window.
     */
    synchronized Set<String> take(Collection<String> queues) {
        long now = clock.getAsLong();
        Set<String> due = new LinkedHashSet<>();
        for (String queue : queues) {
            Slot slot = slots.computeIfAbsent(queue, q -> new Slot());
            if (!slot.sent || now - slot.sentAt >= WINDOW_NANOS) {
                slot.sent = true;
                slot.sentAt = now;
                slot.owed = false;
                due.add(queue);
            } else if (!slot.owed && !closed) {
                slot.owed = true;
                timer().schedule(this::flushOwed, slot.sentAt + WINDOW_NANOS - now, TimeUnit.NANOSECONDS);
            }
        }
        return due;
    }

    /** Issues the notifications for {@code queues} on {@code c}, inside its transaction. */
    void send(Connection c, Set<String> queues) throws SQLException {
        if (queues.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, ctx.channel());
            ps.setArray(2, c.createArrayOf("text", queues.toArray(new String[0])));
            ps.executeQuery().close();
        }
    }

    /** Notifies (debounced) after the caller's changes committed, for operator actions. */
    void afterCommit(Collection<String> queues) {
        Set<String> due = take(queues);
        if (!due.isEmpty()) {
            publish(due);
        }
    }

    /** Sends the owed notifications whose window has passed. */
    void flushOwed() {
        Set<String> due = new LinkedHashSet<>();
        synchronized (this) {
            long now = clock.getAsLong();
            for (Map.Entry<String, Slot> e : slots.entrySet()) {
                Slot slot = e.getValue();
                if (slot.owed && now - slot.sentAt >= WINDOW_NANOS) {
                    slot.owed = false;
                    slot.sentAt = now;
                    due.add(e.getKey());
                }
            }
        }
        if (!due.isEmpty()) {
            publish(due);
        }
    }

    private void publish(Set<String> queues) {
        try {
            ctx.db().call("notifying queues " + queues, c -> {
                send(c, queues);
                return null;
            });
        } catch (StoreException e) {
            log.debug("wake-up notification for {} not sent (workers will poll): {}", queues, e.getMessage());
        }
    }

    private ScheduledExecutorService timer() {
        if (timer == null) {
            ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
                Thread thread = new Thread(r, "docket-postgres-wakeups-" + ctx.schema());
                thread.setDaemon(true);
                return thread;
            });
            t.setRemoveOnCancelPolicy(true);
            timer = t;
        }
        return timer;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
