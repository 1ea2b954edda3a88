package dev.docket.postgres;

import dev.docket.spi.Notifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifications over PostgreSQL LISTEN/NOTIFY on the schema's channel (so stores on other schemas
 * of the database never wake each other). A message is {@code topic:payload}.
 *
 * <p>On the first subscription one daemon thread opens a dedicated connection, LISTENs, and reads
 * with {@link PGConnection#getNotifications(int)}; when the connection breaks (database restart,
 * {@code pg_terminate_backend}) it reconnects with backoff, so notifications resume by themselves.
 * Notifications sent while it was away are lost; every consumer also polls. Listeners run on that
 * thread. Publishing uses a pooled connection; this process's subscribers receive their own
 * notifications through the database like everyone else's.
 */
final class PgNotifier implements Notifier, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PgNotifier.class);
    private static final int POLL_MS = 250;
    private static final long FIRST_BACKOFF_MS = 100;
    private static final long MAX_BACKOFF_MS = 5_000;
    private static final long FIRST_LISTEN_WAIT_MS = 2_000;
    private static final long PROBE_AFTER_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final PgContext ctx;
    private final ListenConnections connections;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch firstListen = new CountDownLatch(1);
    private Thread thread;
    private volatile int backendPid;
    private volatile boolean listening;

    PgNotifier(PgContext ctx, ListenConnections connections) {
        this.ctx = ctx;
        this.connections = connections;
    }

    @Override
    public boolean supported() {
        return true;
    }

    @Override
    public void publish(String topic, String payload) {
        String message = encode(topic, payload);
        ctx.db().call("publishing a notification on " + topic, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                ps.setString(1, ctx.channel());
                ps.setString(2, message);
                ps.executeQuery().close();
            }
            return null;
        });
    }

    /**
     * Starts delivering to {@code listener}. The first subscription starts the listening thread
     * and waits briefly for it to LISTEN, so notifications published after this returns arrive.
     */
    @Override
    public AutoCloseable subscribe(Listener listener) {
        listeners.add(listener);
        if (start()) {
            try {
                firstListen.await(FIRST_LISTEN_WAIT_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return () -> listeners.remove(listener);
    }

    private synchronized boolean start() {
        if (thread != null || stop.getCount() == 0) {
            return false;
        }
        thread = new Thread(this::run, "docket-postgres-listener-" + ctx.schema());
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    /** Whether the listening connection is up (for tests and health checks). */
    boolean listening() {
        return listening;
    }

    /** The server process id of the listening connection, 0 before the first connects. */
    int backendPid() {
        return backendPid;
    }

    static String encode(String topic, String payload) {
        if (topic == null || topic.isEmpty() || topic.indexOf(':') >= 0) {
            throw new IllegalArgumentException("invalid notification topic '" + topic
                    + "': it must be non-empty and contain no ':'");
        }
        return topic + ":" + (payload == null ? "" : payload);
    }

    private void run() {
        long backoff = FIRST_BACKOFF_MS;
        while (stop.getCount() > 0) {
            try (Connection c = connections.open()) {
                PGConnection pg = c.unwrap(PGConnection.class);
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN \"" + ctx.channel() + "\"");
                }
                backendPid = pg.getBackendPID();
                listening = true;
                firstListen.countDown();
                backoff = FIRST_BACKOFF_MS;
                readUntilStopped(c, pg);
                unlisten(c);
            } catch (SQLException | RuntimeException e) {
                if (stop.getCount() > 0) {
                    log.warn("notification connection for schema {} lost ({}); reconnecting in {} ms",
                            ctx.schema(), e.getMessage(), backoff);
                }
            } finally {
                listening = false;
            }
            if (await(backoff)) {
                return;
            }
            backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        }
    }

    /** Delivers until stopped; a quiet connection is probed now and then so a silent break shows. */
    private void readUntilStopped(Connection c, PGConnection pg) throws SQLException {
        long quietSince = System.nanoTime();
        while (stop.getCount() > 0) {
            PGNotification[] batch = pg.getNotifications(POLL_MS);
            if (batch == null || batch.length == 0) {
                if (System.nanoTime() - quietSince > PROBE_AFTER_NANOS) {
                    try (Statement st = c.createStatement()) {
                        st.execute("SELECT 1");
                    }
                    quietSince = System.nanoTime();
                }
                continue;
            }
            quietSince = System.nanoTime();
            for (PGNotification n : batch) {
                deliver(n.getParameter());
            }
        }
    }

    private void deliver(String message) {
        int colon = message.indexOf(':');
        if (colon < 0) {
            log.debug("ignoring a malformed notification on {}: {}", ctx.channel(), message);
            return;
        }
        String topic = message.substring(0, colon);
        String payload = message.substring(colon + 1);
        for (Listener l : listeners) {
            try {
                l.onNotification(topic, payload);
            } catch (RuntimeException e) {
                log.warn("notification listener failed on {} {}", topic, payload, e);
            }
        }
    }

    private void unlisten(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("UNLISTEN *");
        } catch (SQLException e) {
            log.debug("UNLISTEN failed while stopping", e);
        }
    }

    /** Waits {@code ms} unless stopped; true when stopped. */
    private boolean await(long ms) {
        try {
            return stop.await(ms, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            stop.countDown();
            t = thread;
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(POLL_MS * 4L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
