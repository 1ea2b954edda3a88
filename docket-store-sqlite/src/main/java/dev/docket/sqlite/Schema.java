package dev.docket.sqlite;

import dev.docket.StoreException;
import dev.docket.jdbc.MigrationSource;
import dev.docket.jdbc.Migrator;
import dev.docket.jdbc.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** The store's schema: its migrations, applying them, and checking a file is up to date. */
final class Schema {
    private static final String FOLDER = "dev/docket/sqlite/migrations";
    private static final String TABLE_EXISTS =
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + SqliteMigrationDialect.VERSION_TABLE + "'";

    private Schema() {
    }

    static Migrator migrator() {
        return new Migrator(new SqliteMigrationDialect(),
                MigrationSource.load(Schema.class.getClassLoader(), FOLDER, Map.of()));
    }

    /** Applies missing migrations to {@code file}, serialised with other processes by the write lock. */
    static int migrate(SqliteFile file) {
        try (Connection c = file.openMigrator()) {
            return migrator().migrate(c);
        } catch (SQLException e) {
            throw Sql.failure("migrating the SQLite store " + file.path(), e);
        }
    }

    /** Checks that {@code file} has the latest schema, for stores told not to migrate. */
    static void check(SqliteFile file, ReadPool reads) {
        int latest = migrator().latestVersion();
        int current = reads.read("reading the schema version of " + file.path(), Schema::version);
        if (current != latest) {
            throw new StoreException("the SQLite store " + file.path() + " has schema version " + current
                    + " but this Docket needs version " + latest + (current < latest
                    ? "; apply SqliteStore.schemaScript() or build the store with migrate(true)"
                    : "; upgrade Docket"));
        }
    }

    private static int version(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TABLE_EXISTS); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return 0;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(version), 0) FROM " + SqliteMigrationDialect.VERSION_TABLE);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
