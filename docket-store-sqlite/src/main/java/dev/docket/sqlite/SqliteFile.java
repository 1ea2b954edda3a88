package dev.docket.sqlite;

import dev.docket.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * The database file and how connections to it are opened: WAL journal (readers beside the writer),
 * {@code synchronous=FULL} (a commit returns once it is on disk), a busy timeout (other processes
 * holding the write lock are waited for) and foreign keys on (errors are deleted with their job).
 */
final class SqliteFile {
    /** The writer's page cache, in KiB as a negative number: the hot path's indexes stay in memory. */
    private static final int WRITER_CACHE_KIB = -32 * 1024;
    private static final int WAL_RETRY_MS = 10;

    private final Path path;
    private final int busyTimeoutMs;

    SqliteFile(Path path, Duration busyTimeout) {
        this.path = path.toAbsolutePath().normalize();
        this.busyTimeoutMs = (int) Math.min(Integer.MAX_VALUE, Math.max(0, busyTimeout.toMillis()));
    }

    Path path() {
        return path;
    }

    String url() {
        return "jdbc:sqlite:" + path;
    }

    /** Creates the parent directories of the file. */
    void createDirectories() {
        Path parent = path.getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create the directory " + parent + " for the SQLite store: " + e, e);
        }
    }

    /**
     * The write connection: auto-commit at the JDBC level (the writer issues BEGIN and COMMIT
     * itself), with a larger page cache than SQLite's 2 MiB default.
     */
    Connection openWriter() throws SQLException {
        Connection c = open(config());
        try (Statement st = c.createStatement()) {
            String mode = switchToWal(st);
            if (!"wal".equalsIgnoreCase(mode)) {
                c.close();
                throw new SQLException("cannot switch " + path + " to WAL mode (journal mode is " + mode + ")");
            }
            st.execute("PRAGMA synchronous=FULL");
            st.execute("PRAGMA cache_size=" + WRITER_CACHE_KIB);
        }
        return c;
    }

    /**
     * Switches the file to WAL mode (a no-op once it is) and returns the journal mode. The switch
     * needs the file to itself, and while other connections open a new file at the same moment
     * SQLite may answer SQLITE_BUSY at once rather than calling the busy handler; the switch is then
     * tried again every {@link #WAL_RETRY_MS} ms for as long as the busy timeout.
     */
    private String switchToWal(Statement st) throws SQLException {
        int triesLeft = Math.max(1, busyTimeoutMs / WAL_RETRY_MS);
        while (true) {
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode=WAL")) {
                return rs.next() ? rs.getString(1) : null;
            } catch (SQLException e) {
                if ((e.getErrorCode() & 0xff) != SQLiteErrorCode.SQLITE_BUSY.code || --triesLeft <= 0) {
                    throw e;
                }
            }
            try {
                Thread.sleep(WAL_RETRY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting to switch " + path + " to WAL mode", e);
            }
        }
    }

    /** A read connection: refuses writes. */
    Connection openReader() throws SQLException {
        Connection c = open(config());
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA query_only=ON");
        }
        return c;
    }

    /**
     * A connection for migrations: the driver begins its transactions with {@code BEGIN IMMEDIATE},
     * so turning auto-commit off takes the write lock that serialises migrating processes.
     */
    Connection openMigrator() throws SQLException {
        SQLiteConfig config = config();
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection c = open(config);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA synchronous=FULL");
        }
        return c;
    }

    private SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        // the store reads ids with RETURNING and last_insert_rowid(); left on, the driver matches
        // every executed statement against a pattern and runs a query after each insert
        config.setGetGeneratedKeys(false);
        config.setBusyTimeout(busyTimeoutMs);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        return config;
    }

    private Connection open(SQLiteConfig config) throws SQLException {
        return config.createConnection(url());
    }
}
