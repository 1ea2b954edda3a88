package dev.docket.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One write request's view of its transaction: the connection, prepared statements, the request's
 * single reading of "now", and the notifications to publish once the transaction has committed.
 *
 * <p>"Now" is read once per request, from the database clock or from the caller's {@code now},
 * and then bound as a parameter, so every statement exists once for both clock modes and all the
 * times a request writes agree with each other.
 */
final class Tx {
    /** A notification to publish after commit. */
    record Notification(String topic, String payload) {
    }

    private final Connection connection;
    private final StatementCache cache;
    private final boolean databaseClock;
    private final List<PreparedStatement> owned = new ArrayList<>();
    private final Set<Notification> notifications = new LinkedHashSet<>();
    private Long now;

    private Tx(Connection connection, StatementCache cache, boolean databaseClock) {
        this.connection = connection;
        this.cache = cache;
        this.databaseClock = databaseClock;
    }

    /** A request on the writer's connection, with its statement cache. */
    static Tx onWriter(StatementCache cache, Connection connection, boolean databaseClock) {
        return new Tx(connection, cache, databaseClock);
    }

    /** A request on a caller's connection; {@link #closeStatements()} must follow. */
    static Tx onCallerConnection(Connection connection, boolean databaseClock) {
        return new Tx(connection, null, databaseClock);
    }

    Connection connection() {
        return connection;
    }

    PreparedStatement prepare(String sql) throws SQLException {
        if (cache != null) {
            return cache.get(sql);
        }
        PreparedStatement ps = connection.prepareStatement(sql);
        owned.add(ps);
        return ps;
    }

    /** This request's "now" in epoch milliseconds: the database clock, or {@code given}. */
    long now(Instant given) throws SQLException {
        if (now == null) {
            now = databaseClock ? Times.databaseNow(this) : Times.millis(given);
        }
        return now;
    }

    void publishAfterCommit(String topic, String payload) {
        notifications.add(new Notification(topic, payload));
    }

    List<Notification> notifications() {
        return List.copyOf(notifications);
    }

    void closeStatements() {
        for (PreparedStatement ps : owned) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // the statement is done either way
            }
        }
        owned.clear();
    }
}
