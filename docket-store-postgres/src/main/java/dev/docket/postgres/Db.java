package dev.docket.postgres;

import dev.docket.StoreException;
import dev.docket.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on a pooled connection and turns every {@link SQLException} into a
 * {@link StoreException} saying what was being done.
 */
final class Db {
    private static final Logger log = LoggerFactory.getLogger(Db.class);

    /** Work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource dataSource;

    Db(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs a single statement (or reads) in auto-commit mode, committing explicitly when the
     * data source hands out connections with auto-commit off.
     */
    <T> T call(String doing, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            if (c.getAutoCommit()) {
                return work.run(c);
            }
            return inTransaction(c, work);
        } catch (SQLException e) {
            throw Sql.failure(doing, e);
        }
    }

    /** Runs several statements in one transaction, committed at the end, rolled back on failure. */
    <T> T transaction(String doing, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            if (autoCommit) {
                c.setAutoCommit(false);
            }
            try {
                return inTransaction(c, work);
            } finally {
                if (autoCommit) {
                    restoreAutoCommit(c);
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(doing, e);
        }
    }

    private static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c, e);
            throw e;
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            log.debug("could not restore auto-commit on a connection going back to the pool", e);
        }
    }
}
