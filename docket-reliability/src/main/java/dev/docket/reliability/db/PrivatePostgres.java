package dev.docket.reliability.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * A PostgreSQL of the battery's own, on a fixed data directory and port, that can be stopped and
 * started again on the same data: the database-restart and long-transaction scenarios must never
 * touch the machine's shared server. Durable settings (fsync and synchronous commit on), since
 * the point is that an acknowledged enqueue survives the restart.
 */
public final class PrivatePostgres implements AutoCloseable {
    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres running;

    /** A server whose data lives in {@code dataDir}, on a free port chosen now and kept. */
    public PrivatePostgres(Path dataDir) {
        this.dataDir = dataDir;
        this.port = freePort();
    }

    /** Starts the server (initialising the data directory the first time). */
    public synchronized void start() {
        if (running != null) {
            return;
        }
        try {
            running = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(true)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the private PostgreSQL on port " + port, e);
        }
    }

    /** Stops the server (fast shutdown: sessions are cut); the data stays. */
    public synchronized void stop() {
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the private PostgreSQL", e);
        } finally {
            running = null;
        }
    }

    public synchronized boolean isRunning() {
        return running != null;
    }

    /** A store URL for {@code schema}, with a pool of {@code poolSize} connections per process. */
    public String url(String schema, int poolSize) {
        return jdbcUrl() + "&currentSchema=" + schema + "&poolSize=" + poolSize;
    }

    /** The plain JDBC URL (database postgres, user postgres). */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
