package dev.docket.jdbc;

import dev.docket.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies versioned migrations in one locked transaction, recording each in a version table, so
 * many processes may start at once. {@link #script()} prints the same SQL for teams that run
 * their own migration tool.
 */
public final class Migrator {
    private static final Logger log = LoggerFactory.getLogger(Migrator.class);

    private final MigrationDialect dialect;
    private final List<Migration> migrations;

    public Migrator(MigrationDialect dialect, List<Migration> migrations) {
        this.dialect = dialect;
        this.migrations = List.copyOf(migrations);
    }

    /** Brings the schema up to the latest version; returns how many migrations ran. */
    public int migrate(Connection connection) {
        boolean autoCommit = true;
        try {
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            dialect.beginLocked(connection);
            try (Statement st = connection.createStatement()) {
                for (String sql : dialect.prepareStatements()) {
                    st.execute(sql);
                }
            }
            int current = currentVersion(connection);
            if (current > migrations.size()) {
                throw new StoreException("the store's schema is at version " + current
                        + ", newer than this Docket knows (" + migrations.size() + "); upgrade Docket");
            }
            int ran = 0;
            for (Migration m : migrations.subList(current, migrations.size())) {
                apply(connection, m);
                ran++;
            }
            dialect.commit(connection);
            if (ran > 0) {
                log.info("applied {} schema migration(s); schema version is now {}", ran, migrations.size());
            }
            return ran;
        } catch (SQLException e) {
            rollbackQuietly(connection);
            throw new StoreException("schema migration failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollbackQuietly(connection);
            throw e;
        } finally {
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException ignored) {
                // the connection is being given back anyway
            }
        }
    }

    /** The whole schema as one SQL script, for Flyway or Liquibase users. */
    public String script() {
        StringBuilder sb = new StringBuilder();
        for (String sql : dialect.prepareStatements()) {
            sb.append(sql).append(";\n");
        }
        for (Migration m : migrations) {
            sb.append("\n-- version ").append(m.version()).append(": ").append(m.description()).append('\n');
            for (String sql : m.statements()) {
                sb.append(sql).append(";\n");
            }
            sb.append("INSERT INTO ").append(dialect.versionTable())
                    .append(" (version, description) VALUES (").append(m.version()).append(", '")
                    .append(m.description()).append("');\n");
        }
        return sb.toString();
    }

    /** The latest version this migrator knows. */
    public int latestVersion() {
        return migrations.size();
    }

    private int currentVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM " + dialect.versionTable())) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void apply(Connection c, Migration m) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : m.statements()) {
                st.execute(sql);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO " + dialect.versionTable() + " (version, description) VALUES (?, ?)")) {
            ps.setInt(1, m.version());
            ps.setString(2, m.description());
            ps.executeUpdate();
        }
    }

    private void rollbackQuietly(Connection c) {
        try {
            dialect.rollback(c);
        } catch (SQLException e) {
            log.debug("rollback after failed migration failed", e);
        }
    }
}
