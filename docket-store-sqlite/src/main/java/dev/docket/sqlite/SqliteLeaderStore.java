package dev.docket.sqlite;

import dev.docket.spi.LeaderParams;
import dev.docket.spi.LeaderStore;
import dev.docket.spi.Leadership;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Leases on named leaderships, taken in one upsert: it takes a missing or expired leadership (the
 * term grows by one) or renews the holder's unexpired one (the term stays), and returns nothing
 * when someone else holds it.
 */
final class SqliteLeaderStore implements LeaderStore {
    private static final String ACQUIRE = "INSERT INTO docket_leaders (name, holder, term, expires_at)"
            + " VALUES (?1, ?2, 1, ?4)"
            + " ON CONFLICT (name) DO UPDATE SET"
            + " term = CASE WHEN docket_leaders.holder = excluded.holder AND docket_leaders.expires_at >= ?3"
            + " THEN docket_leaders.term ELSE docket_leaders.term + 1 END,"
            + " holder = excluded.holder, expires_at = excluded.expires_at"
            + " WHERE docket_leaders.holder = excluded.holder OR docket_leaders.expires_at < ?3"
            + " RETURNING holder, term, expires_at";
    /** Resigning sets the expiry to the epoch: expired for any clock. */
    private static final String RESIGN = "UPDATE docket_leaders SET expires_at = 0"
            + " WHERE name = ? AND holder = ? AND term = ?";
    private static final String CURRENT = "SELECT holder, term, expires_at FROM docket_leaders"
            + " WHERE name = ? AND expires_at >= ?";

    private final Writer writer;
    private final ReadPool reads;
    private final boolean databaseClock;

    SqliteLeaderStore(Writer writer, ReadPool reads, boolean databaseClock) {
        this.writer = writer;
        this.reads = reads;
        this.databaseClock = databaseClock;
    }

    @Override
    public Optional<Leadership> acquire(LeaderParams params) {
        return writer.submit("acquiring leadership " + params.name(), tx -> {
            PreparedStatement ps = tx.prepare(ACQUIRE);
            ps.setString(1, params.name());
            ps.setString(2, params.holder());
            long now = tx.now(params.now());
            ps.setLong(3, now);
            ps.setLong(4, Times.plus(now, Times.millis(params.ttl())));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(params.name(), rs)) : Optional.empty();
            }
        });
    }

    @Override
    public void resign(String name, String holder, long term) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(holder, "holder");
        writer.submit("resigning leadership " + name, tx -> {
            PreparedStatement ps = tx.prepare(RESIGN);
            ps.setString(1, name);
            ps.setString(2, holder);
            ps.setLong(3, term);
            return ps.executeUpdate();
        });
    }

    @Override
    public Optional<Leadership> current(String name, Instant now) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(now, "now");
        return reads.read("reading leadership " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement(CURRENT)) {
                ps.setString(1, name);
                ps.setLong(2, databaseClock ? Times.databaseNow(c) : Times.millis(now));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(name, rs)) : Optional.empty();
                }
            }
        });
    }

    private static Leadership read(String name, ResultSet rs) throws SQLException {
        return new Leadership(name, rs.getString(1), rs.getLong(2), Times.instant(rs.getLong(3)));
    }
}
