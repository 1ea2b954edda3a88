package dev.docket.bench.peers;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** The HikariCP pool a peer runs on: fixed size, every connection opened before the run starts. */
final class PeerPool {
    private PeerPool() {
    }

    /** A pool of exactly {@code size} connections to {@code jdbcUrl}, named for thread dumps. */
    static HikariDataSource open(String jdbcUrl, int size, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setPoolName(name);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            fill(pool, size);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return pool;
    }

    /** Borrows every connection at once so that none is opened during the timed phases. */
    private static void fill(HikariDataSource pool, int size) {
        Connection[] held = new Connection[size];
        try {
            for (int i = 0; i < size; i++) {
                held[i] = pool.getConnection();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + size + " connections to the peer's database: "
                    + e.getMessage(), e);
        } finally {
            for (Connection c : held) {
                if (c != null) {
                    try {
                        c.close();
                    } catch (SQLException ignored) {
                        // a failed return to the pool changes nothing here
                    }
                }
            }
        }
    }
}
