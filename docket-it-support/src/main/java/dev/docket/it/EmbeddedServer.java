package dev.docket.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/**
 * One PostgreSQL per JVM, started from Maven artifacts on first use in a temporary directory and
 * stopped (its directory removed) by a shutdown hook.
 */
final class EmbeddedServer {
    private static final Object LOCK = new Object();
    private static TestPostgres instance;

    private EmbeddedServer() {
    }

    static TestPostgres instance() {
        synchronized (LOCK) {
            if (instance == null) {
                instance = start();
            }
            return instance;
        }
    }

    private static TestPostgres start() {
        EmbeddedPostgres pg;
        try {
            pg = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(true)
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
        }
        String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?user=postgres";
        return new TestPostgres(url, "an embedded PostgreSQL on port " + pg.getPort(), true);
    }
}
