package dev.docket.bench.store;

import dev.docket.bench.options.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/** Deletes a SQLite store's file (and its WAL and shared-memory files), if it holds only Docket's tables. */
final class SqliteReset {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteReset() {
    }

    static String reset(Path file) {
        if (!Files.exists(file)) {
            return "no file at " + file + " yet";
        }
        if (Files.isDirectory(file)) {
            throw new UsageException("the SQLite store path " + file + " is a directory");
        }
        checkOnlyDocketTables(file);
        try {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the SQLite store " + file + ": " + e.getMessage(), e);
        }
        return "deleted " + file;
    }

    private static void checkOnlyDocketTables(Path file) {
        byte[] head = new byte[MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n > 0 && (n < head.length || !Arrays.equals(head, MAGIC))) {
                throw new UsageException(file + " is not a SQLite database; the bench deletes its store file"
                        + " first, so give it a file of its own, or pass --keep");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                     + " AND name NOT LIKE 'docket\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
            if (rs.next()) {
                throw new UsageException(file + " holds a table that is not Docket's (" + rs.getString(1)
                        + "); the bench deletes its store file first, so give it a file of its own, or pass --keep");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tables of " + file + ": " + e.getMessage(), e);
        }
    }
}
