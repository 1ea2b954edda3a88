package dev.docket.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements of the write connection, kept for reuse (least recently used ones are
 * closed beyond a bound). Used by the writer thread only, so it needs no locking.
 */
final class StatementCache implements AutoCloseable {
    private static final int MAX = 128;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() > MAX) {
                closeQuietly(eldest.getValue());
                return true;
            }
            return false;
        }
    };

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    /** The statement for {@code sql}, with no pending batch. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        } else {
            ps.clearBatch();
        }
        return ps;
    }

    @Override
    public void close() {
        statements.values().forEach(StatementCache::closeQuietly);
        statements.clear();
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException ignored) {
            // closing a statement of a connection that is going away
        }
    }
}
