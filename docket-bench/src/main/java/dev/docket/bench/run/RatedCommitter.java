package dev.docket.bench.run;

import dev.docket.bench.measure.LatencyRecorder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One connection of the commit mode: a thread that inserts one row per call in auto-commit, so each
 * call waits for its own commit to reach the disk, at a fixed rate. Call {@code n} is due {@code n}
 * periods after the start; a call that falls behind is followed at once by the next, as a queue's
 * producer would be. Each call's duration goes to the recorder; a failed call is counted, and its
 * message kept.
 */
final class RatedCommitter {
    private final String jdbcUrl;
    private final String insertSql;
    private final long periodNanos;
    private final LatencyRecorder latency;
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean running;
    private volatile String lastFailure;
    private Thread thread;

    RatedCommitter(String jdbcUrl, String table, double perSecond, LatencyRecorder latency) {
        this.jdbcUrl = jdbcUrl;
        this.insertSql = "INSERT INTO " + table + " (pad) VALUES ('x')";
        this.periodNanos = Math.max(1, (long) (1e9 / perSecond));
        this.latency = latency;
    }

    /** Connects and starts committing; a connection that fails is reported here, before any thread runs. */
    void start(String name) {
        Connection c;
        try {
            c = DriverManager.getConnection(jdbcUrl);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect for the commit run: " + e.getMessage(), e);
        }
        running = true;
        thread = new Thread(() -> loop(c), name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops after the call in progress and closes the connection. */
    void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join();
        }
    }

    long failures() {
        return failures.get();
    }

    String lastFailure() {
        return lastFailure;
    }

    private void loop(Connection c) {
        try (c; PreparedStatement ps = c.prepareStatement(insertSql)) {
            long start = System.nanoTime();
            for (long n = 0; running; n++) {
                Pause.until(start + n * periodNanos, () -> running);
                if (!running) {
                    break;
                }
                long callStart = System.nanoTime();
                try {
                    ps.executeUpdate();
                    latency.record(System.nanoTime() - callStart);
                } catch (SQLException e) {
                    failures.incrementAndGet();
                    lastFailure = e.getMessage();
                }
            }
        } catch (SQLException e) {
            failures.incrementAndGet();
            lastFailure = e.getMessage();
        }
    }
}
