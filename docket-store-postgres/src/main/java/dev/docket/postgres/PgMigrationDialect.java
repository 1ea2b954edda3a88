package dev.docket.postgres;

import dev.docket.jdbc.Migration;
import dev.docket.jdbc.MigrationDialect;
import dev.docket.jdbc.MigrationSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL migrations: a transaction-scoped advisory lock keyed by the schema serialises every
 * process migrating that schema (it is taken before the schema exists, and released at commit or
 * rollback); the schema and its version table are then created if missing.
 */
final class PgMigrationDialect implements MigrationDialect {
    static final String FOLDER = "dev/docket/postgres/migrations";

    private final String schema;

    PgMigrationDialect(String schema) {
        this.schema = PgContext.normalizeSchema(schema);
    }

    /** The store's migrations with {@code ${schema}} filled in. */
    static List<Migration> migrations(String schema) {
        return MigrationSource.load(PgMigrationDialect.class.getClassLoader(), FOLDER,
                Map.of("schema", PgContext.normalizeSchema(schema)));
    }

    @Override
    public void beginLocked(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, "docket.migrate." + schema);
            ps.executeQuery().close();
        }
    }

    @Override
    public List<String> prepareStatements() {
        return List.of("CREATE SCHEMA IF NOT EXISTS " + schema,
                "CREATE TABLE IF NOT EXISTS " + versionTable() + " (version integer PRIMARY KEY,"
                        + " description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
    }

    @Override
    public String versionTable() {
        return schema + ".docket_schema_version";
    }

    @Override
    public void commit(Connection connection) throws SQLException {
        connection.commit();
    }

    @Override
    public void rollback(Connection connection) throws SQLException {
        connection.rollback();
    }
}
