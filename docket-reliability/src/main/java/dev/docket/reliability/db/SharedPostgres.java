package dev.docket.reliability.db;

import dev.docket.it.TestPostgres;

/**
 * A schema of its own on the test PostgreSQL (the machine's server at 127.0.0.1:5432 when it
 * answers, else an embedded one; see {@link TestPostgres}), dropped when the run ends. Used by the
 * scenarios that do not restart or stall the database.
 */
public final class SharedPostgres implements AutoCloseable {
    private final TestPostgres server = TestPostgres.get();
    private final String schema;

    public SharedPostgres(String prefix) {
        this.schema = server.newSchema(prefix);
    }

    /** The store URL of this schema, with a pool of {@code poolSize} connections per process. */
    public String url(int poolSize) {
        return server.jdbcUrl(schema) + "&poolSize=" + poolSize;
    }

    public String schema() {
        return schema;
    }

    public TestPostgres server() {
        return server;
    }

    @Override
    public void close() {
        server.dropSchema(schema);
    }
}
