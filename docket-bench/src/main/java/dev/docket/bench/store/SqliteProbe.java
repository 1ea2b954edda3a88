package dev.docket.bench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a SQLite store file's lasting settings (its journal mode) and the library's version. */
public final class SqliteProbe {
    private SqliteProbe() {
    }

    public static Map<String, String> settings(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
                out.put("sqlite_version", rs.next() ? rs.getString(1) : "?");
            }
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                out.put("journal_mode", rs.next() ? rs.getString(1) : "?");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read SQLite settings of " + file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
