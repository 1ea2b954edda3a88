package dev.docket.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** What differs between databases when migrating. */
public interface MigrationDialect {
    /**
     * Begins the migration transaction and takes a lock that serialises migrations across
     * processes (PostgreSQL: an advisory transaction lock; SQLite: {@code BEGIN IMMEDIATE}).
     */
    void beginLocked(Connection connection) throws SQLException;

    /** Statements that create the schema (if any) and the version table if missing. */
    java.util.List<String> prepareStatements();

    /** The version table's qualified name. */
    String versionTable();

    /** Commits the migration transaction. */
    void commit(Connection connection) throws SQLException;

    /** Rolls it back after a failure. */
    void rollback(Connection connection) throws SQLException;
}
