package dev.docket.sqlite;

import dev.docket.jdbc.MigrationDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Migrating SQLite. The migration connection is opened in immediate transaction mode
 * ({@link SqliteFile#openMigrator()}), so the {@code BEGIN IMMEDIATE} the driver issues when
 * auto-commit is turned off already holds the database's write lock: a second process migrating
 * the same file waits (busy timeout), then finds the schema current.
 */
final class SqliteMigrationDialect implements MigrationDialect {
    static final String VERSION_TABLE = "docket_schema_version";

    @Override
    public void beginLocked(Connection connection) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new SQLException("the SQLite migration connection must be in a transaction");
        }
    }

    @Override
    public List<String> prepareStatements() {
        return List.of("CREATE TABLE IF NOT EXISTS " + VERSION_TABLE + " (version INTEGER PRIMARY KEY,"
                + " description TEXT NOT NULL, applied_at INTEGER NOT NULL DEFAULT (" + Times.SQL_NOW + "))");
    }

    @Override
    public String versionTable() {
        return VERSION_TABLE;
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
