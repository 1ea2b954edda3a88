package dev.docket.postgres;

import dev.docket.spi.LeaderParams;
import dev.docket.spi.LeaderStore;
import dev.docket.spi.Leadership;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * Leaderships as rows taken in one atomic upsert: the row is written only when nobody holds it,
 * its lease expired, or the asker already holds it. The term is kept when the holder renews an
 * unexpired lease and grows whenever the leadership is taken (from another holder, or back after
 * it expired or was resigned), so a term never spans a gap in which someone else could have led.
 */
final class PgLeaderStore implements LeaderStore {
    private final PgContext ctx;
    private final String acquireSql;

    PgLeaderStore(PgContext ctx) {
        this.ctx = ctx;
        this.acquireSql = "INSERT INTO " + ctx.leaders + " AS l (name, holder, term, expires_at)"
                + " SELECT ?, ?, 1, c.now + ?::int8 * interval '1 millisecond'"
                + " FROM (SELECT " + PgContext.NOW + " AS now) AS c"
                + " ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder,"
                + " term = CASE WHEN l.holder = EXCLUDED.holder"
                + " AND l.expires_at >= EXCLUDED.expires_at - ?::int8 * interval '1 millisecond'"
                + " THEN l.term ELSE l.term + 1 END,"
                + " expires_at = EXCLUDED.expires_at"
                + " WHERE l.holder = EXCLUDED.holder"
                + " OR l.expires_at < EXCLUDED.expires_at - ?::int8 * interval '1 millisecond'"
                + " RETURNING holder, term, expires_at";
    }

    @Override
    public Optional<Leadership> acquire(LeaderParams p) {
        long ttl = p.ttl().toMillis();
        return ctx.db().call("acquiring leadership " + p.name(), c -> {
            try (PreparedStatement ps = c.prepareStatement(acquireSql)) {
                ps.setString(1, p.name());
                ps.setString(2, p.holder());
                ps.setLong(3, ttl);
                ctx.bindNow(ps, 4, p.now());
                ps.setLong(5, ttl);
                ps.setLong(6, ttl);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(new Leadership(p.name(), rs.getString(1), rs.getLong(2),
                                JobRows.instant(rs, 3)));
                    }
                }
            }
            return Optional.<Leadership>empty();
        });
    }

    @Override
    public void resign(String name, String holder, long term) {
        ctx.db().call("resigning leadership " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + ctx.leaders
                    + " SET expires_at = '-infinity' WHERE name = ? AND holder = ? AND term = ?")) {
                ps.setString(1, name);
                ps.setString(2, holder);
                ps.setLong(3, term);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Leadership> current(String name, Instant now) {
        return ctx.db().call("reading leadership " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT holder, term, expires_at FROM " + ctx.leaders
                    + " WHERE name = ? AND expires_at >= " + PgContext.NOW)) {
                ps.setString(1, name);
                ctx.bindNow(ps, 2, now);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(new Leadership(name, rs.getString(1), rs.getLong(2),
                                JobRows.instant(rs, 3)));
                    }
                }
            }
            return Optional.<Leadership>empty();
        });
    }
}
