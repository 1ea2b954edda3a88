package dev.docket.postgres;

import dev.docket.spi.LeaseRef;
import dev.docket.spi.ReleaseParams;
import dev.docket.spi.RenewParams;
import dev.docket.spi.RenewedLease;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Renews and releases the leases of running attempts, a batch per statement, fenced by attempt. */
final class PgLeases {
    private final PgContext ctx;
    private final Wakeups wakeups;
    private final String renewSql;
    private final String renewUniformSql;
    private final String releaseSql;

    PgLeases(PgContext ctx, Wakeups wakeups) {
        this.ctx = ctx;
        this.wakeups = wakeups;
        String fence = PgContext.RUNNING_FENCE;
        this.renewSql = "UPDATE " + ctx.jobs + " AS j SET"
                + " lease_expires_at = c.now + ?::int8 * interval '1 millisecond',"
                + " progress = COALESCE(u.progress, j.progress)"
                + " FROM (SELECT " + PgContext.NOW + " AS now) AS c,"
                + " unnest(?::int8[], ?::int4[], ?::text[]) AS u(id, attempt, progress)"
                + fence + " RETURNING j.id, j.attempt, j.lease_expires_at, j.cancel_requested";
        this.renewUniformSql = "UPDATE " + ctx.jobs + " AS j SET"
                + " lease_expires_at = c.now + c.lease_ms * interval '1 millisecond',"
                + " progress = COALESCE(c.progress[1], j.progress)"
                + " FROM (SELECT ?::int8 AS lease_ms, " + PgContext.NOW + " AS now,"
                + " ?::int8[] AS ids, ?::int4[] AS attempts, ?::text[] AS progress) AS c"
                + PgContext.UNIFORM_FENCE + " RETURNING j.id, j.attempt, j.lease_expires_at, j.cancel_requested";
        this.releaseSql = "UPDATE " + ctx.jobs + " AS j SET"
                + " state = CASE WHEN j.cancel_requested THEN 'cancelled' ELSE 'available' END,"
                + " finished_at = CASE WHEN j.cancel_requested THEN c.now END,"
                + " lease_expires_at = NULL, worker = NULL, cancel_requested = false"
                + " FROM (SELECT " + PgContext.NOW + " AS now) AS c,"
                + " unnest(?::int8[], ?::int4[]) AS u(id, attempt)"
                + fence + " RETURNING j.queue, j.state";
    }

    /** The renewal statements (joined, uniform): lease in ms, now, ids, attempts, progress. */
    List<String> renewSql() {
        return List.of(renewSql, renewUniformSql);
    }

    List<RenewedLease> renew(RenewParams p) {
        if (p.leases().isEmpty()) {
            return List.of();
        }
        int n = p.leases().size();
        Long[] ids = new Long[n];
        Integer[] attempts = new Integer[n];
        String[] progress = new String[n];
        for (int i = 0; i < n; i++) {
            LeaseRef lease = p.leases().get(i);
            ids[i] = lease.id();
            attempts[i] = lease.attempt();
            progress[i] = p.progress().get(lease.id());
        }
        return ctx.runningRowWrites().alone(() -> ctx.db().call("renewing " + n + " lease(s)", c -> {
            List<RenewedLease> out = new ArrayList<>(n);
            try (PreparedStatement ps = c.prepareStatement(PgContext.uniform(attempts, progress) ? renewUniformSql
                    : renewSql)) {
                ps.setLong(1, p.lease().toMillis());
                ctx.bindNow(ps, 2, p.now());
                ps.setArray(3, c.createArrayOf("int8", ids));
                ps.setArray(4, c.createArrayOf("int4", attempts));
                ps.setArray(5, c.createArrayOf("text", progress));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RenewedLease(new LeaseRef(rs.getLong(1), rs.getInt(2)),
                                JobRows.instant(rs, 3), rs.getBoolean(4)));
                    }
                }
            }
            return out;
        }));
    }

    int release(ReleaseParams p) {
        if (p.leases().isEmpty()) {
            return 0;
        }
        int n = p.leases().size();
        Long[] ids = new Long[n];
        Integer[] attempts = new Integer[n];
        for (int i = 0; i < n; i++) {
            ids[i] = p.leases().get(i).id();
            attempts[i] = p.leases().get(i).attempt();
        }
        Set<String> available = new LinkedHashSet<>();
        int released = ctx.runningRowWrites().alone(() -> ctx.db().call("releasing " + n + " lease(s)", c -> {
            int count = 0;
            try (PreparedStatement ps = c.prepareStatement(releaseSql)) {
                ctx.bindNow(ps, 1, p.now());
                ps.setArray(2, c.createArrayOf("int8", ids));
                ps.setArray(3, c.createArrayOf("int4", attempts));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        count++;
                        if ("available".equals(rs.getString(2))) {
                            available.add(rs.getString(1));
                        }
                    }
                }
            }
            return count;
        }));
        ctx.claimHints().forget(available);
        wakeups.afterCommit(available);
        return released;
    }
}
