package dev.docket.it;

import dev.docket.spi.Store;
import dev.docket.spi.Stores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The stores the runtime is tested on; each {@link #open()} gives a fresh, empty one. */
public enum TestStore {
    MEMORY,
    SQLITE,
    POSTGRES;

    /** A URL to a fresh, empty store of this kind. */
    public String freshUrl() {
        switch (this) {
            case MEMORY:
                return "memory:";
            case SQLITE:
                try {
                    Path dir = Files.createTempDirectory("docket-it-");
                    dir.toFile().deleteOnExit();
                    return "sqlite:" + dir.resolve("docket.db");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            case POSTGRES:
                return TestPostgresHolder.INSTANCE.newSchemaUrl();
            default:
                throw new IllegalStateException();
        }
    }

    /** A fresh store of this kind, migrated. */
    public Store open() {
        Store store = Stores.open(freshUrl());
        store.migrate();
        return store;
    }

    /** Lazily starts the test PostgreSQL only for tests that use it; drops the schemas it made at exit. */
    private enum TestPostgresHolder {
        INSTANCE;

        private final dev.docket.it.TestPostgres postgres = dev.docket.it.TestPostgres.get();
        private final java.util.List<String> schemas = new java.util.concurrent.CopyOnWriteArrayList<>();

        TestPostgresHolder() {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> schemas.forEach(s -> {
                try {
                    postgres.dropSchema(s);
                } catch (RuntimeException ignored) {
                    // the database may already be gone
                }
            })));
        }

        String newSchemaUrl() {
            String schema = postgres.newSchema("it");
            schemas.add(schema);
            return postgres.jdbcUrl(schema);
        }
    }
}
