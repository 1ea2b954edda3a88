package dev.docket.postgres;

import dev.docket.StoreException;
import dev.docket.spi.Notifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
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
 * Debounced {@link Notifier#JOBS_AVAILABLE} notifications. Per queue, from this store instance:
 * at most one in flight; none sooner than the window ({@link #DEFAULT_WINDOW} unless the store is
 * built with another) after the last went out; and none sooner after the last finished than the
 * call that carried it took. A NOTIFY makes its transaction take a database-wide lock from just
 * before its commit until the commit has reached the disk, so notifying transactions commit one at
 * a time across the database; one per insert would serialise every inserting session. The window
 * bounds what one process sends while the lock is free. When many processes notify at once, their
 * notifying calls wait for the lock and take longer, so the last two rules make each send fewer:
 * no queue of a process has a notifying call in flight more than half the time.
 *
 * <p>A queue whose notification was held back gets one once it may send again (outside any
 * transaction, so it also wakes workers for inserts that committed meanwhile). Every caller of
 * {@link #take} must hand the queues it got to {@link #finished}.
 */
final class Wakeups implements AutoCloseable {
    /**
     * The default window: a queue fed by a steady stream of enqueues from one process wakes its
     * workers within about this long of each insert, while that process sends at most 500
     * notifications a second per queue.
     */
    static final Duration DEFAULT_WINDOW = Duration.ofMillis(2);
    private static final Logger log = LoggerFactory.getLogger(Wakeups.class);

    /**
     * Per queue: when its last notification went out, when the next may go, whether the last is
     * still in flight, whether one is owed.
     */
    private static final class Slot {
        long sentAt;
        long quietUntil;
        boolean inFlight;
        boolean owed;

        /** A queue not notified yet: due at once. */
        Slot(long now) {
            quietUntil = now;
        }

        boolean due(long now) {
            return !inFlight && now - quietUntil >= 0;
        }

        void send(long now, long window) {
            sentAt = now;
            quietUntil = now + window;
            inFlight = true;
            owed = false;
        }

        /** The call that carried it is done: the next waits at least as long as that call took. */
        void done(long now) {
            inFlight = false;
            quietUntil = Math.max(quietUntil, now + (now - sentAt));
        }
    }

    private final PgContext ctx;
    private final long windowNanos;
    private final LongSupplier clock;
    private final String sql;
    private final Map<String, Slot> slots = new HashMap<>();
    private ScheduledExecutorService timer;
    private boolean closed;

    Wakeups(PgContext ctx, Duration window) {
        this(ctx, window, System::nanoTime);
    }

    /** With {@code clock} giving nanoseconds (tests move it by hand). */
    Wakeups(PgContext ctx, Duration window, LongSupplier clock) {
        this.ctx = ctx;
        this.windowNanos = window.toNanos();
        this.clock = clock;
        this.sql = "SELECT pg_notify(?, '" + Notifier.JOBS_AVAILABLE + ":' || q) FROM unnest(?::text[]) AS q";
    }

    /** The shortest time between two notifications of a queue. */
    Duration window() {
        return Duration.ofNanos(windowNanos);
    }

    /** Whether a notification for any of {@code queues} would go out now (marks nothing). */
    synchronized boolean anyDue(Collection<String> queues) {
        long now = clock.getAsLong();
        for (String queue : queues) {
            Slot slot = slots.get(queue);
            if (slot == null || slot.due(now)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The queues among {@code queues} to notify now, marked as sent and in flight until
     * {@link #finished}; the others are owed a notification once they may send again.
     */
    synchronized Set<String> take(Collection<String> queues) {
        long now = clock.getAsLong();
        Set<String> due = new LinkedHashSet<>();
        for (String queue : queues) {
            Slot slot = slots.computeIfAbsent(queue, q -> new Slot(now));
            if (slot.due(now)) {
                slot.send(now, windowNanos);
                due.add(queue);
            } else if (!slot.owed) {
                slot.owed = true;
                if (!slot.inFlight) {
                    flushAfter(slot, now);
                }
            }
        }
        return due;
    }

    /**
     * The notifications of {@code queues}, as {@link #take} gave them, are done: committed, rolled
     * back, or left in a caller's transaction. Those queues may notify again.
     */
    synchronized void finished(Collection<String> queues) {
        long now = clock.getAsLong();
        for (String queue : queues) {
            Slot slot = slots.get(queue);
            if (slot != null && slot.inFlight) {
                slot.done(now);
                if (slot.owed) {
                    flushAfter(slot, now);
                }
            }
        }
    }

    private void flushAfter(Slot slot, long now) {
        if (!closed) {
            timer().schedule(this::flushOwed, Math.max(0, slot.quietUntil - now), TimeUnit.NANOSECONDS);
        }
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
        publish(take(queues));
    }

    /** Sends the owed notifications of the queues that may send again. */
    void flushOwed() {
        Set<String> due = new LinkedHashSet<>();
        synchronized (this) {
            long now = clock.getAsLong();
            for (Map.Entry<String, Slot> e : slots.entrySet()) {
                Slot slot = e.getValue();
                if (slot.owed && slot.due(now)) {
                    slot.send(now, windowNanos);
                    due.add(e.getKey());
                }
            }
        }
        publish(due);
    }

    /** Sends {@code queues}' notifications, taken with {@link #take}, in a transaction of their own. */
    private void publish(Set<String> queues) {
        if (queues.isEmpty()) {
            return;
        }
        try {
            ctx.db().call("notifying queues " + queues, c -> {
                send(c, queues);
                return null;
            });
        } catch (StoreException e) {
            log.debug("wake-up notification for {} not sent (workers will poll): {}", queues, e.getMessage());
        } finally {
            finished(queues);
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
