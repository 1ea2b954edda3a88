package dev.docket.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;

/** Epoch-millisecond conversions and the database clock. */
final class Times {
    /** The operating system's clock read by SQLite, in epoch milliseconds. */
    static final String SQL_NOW = "CAST(ROUND(unixepoch('subsec') * 1000) AS INTEGER)";

    private static final String SELECT_NOW = "SELECT " + SQL_NOW;

    private Times() {
    }

    static long millis(Instant instant) {
        return instant.toEpochMilli();
    }

    /** A duration in milliseconds, never negative. */
    static long millis(Duration duration) {
        return Math.max(0, duration.toMillis());
    }

    /** {@code base + millis}, saturating instead of overflowing. */
    static long plus(long base, long millis) {
        long sum = base + millis;
        return ((base ^ sum) & (millis ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    static Instant instant(long millis) {
        return Instant.ofEpochMilli(millis);
    }

    /** The instant in column {@code index}, or {@code null}. */
    static Instant instantOrNull(ResultSet rs, int index) throws SQLException {
        long v = rs.getLong(index);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    /** The long in column {@code index}, or {@code null}. */
    static Long longOrNull(ResultSet rs, int index) throws SQLException {
        long v = rs.getLong(index);
        return rs.wasNull() ? null : v;
    }

    static void setLongOrNull(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    /** Reads the database clock on {@code connection}. */
    static long databaseNow(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SELECT_NOW);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Reads the database clock through a cached statement. */
    static long databaseNow(Tx tx) throws SQLException {
        try (ResultSet rs = tx.prepare(SELECT_NOW).executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
