package dev.docket.postgres;

import dev.docket.spi.ClaimParams;
import dev.docket.spi.JobRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Claims with one statement: a locking subquery picks the next available jobs in claim order,
 * skipping rows other claimers hold ({@code FOR UPDATE SKIP LOCKED}), and the UPDATE around it
 * starts their attempts and returns them.
 *
 * <p>One queue is matched with {@code queue = ?}, so the claim index {@code (queue, priority,
 * run_at, id) WHERE state = 'available'} yields rows already in order and the LIMIT stops the scan
 * early. Several queues are read the same way, one index range per queue (a lateral subquery over
 * the queue array), and the best {@code limit} of those are kept: a single {@code queue = ANY(?)}
 * scan would have to sort every available job of those queues. The paused check is evaluated once
 * per claim (a one-time filter, or the queue array minus the paused queues), never per row.
 */
final class PgClaim {
    private static final Comparator<JobRecord> CLAIM_ORDER = Comparator.comparingInt(JobRecord::priority)
            .thenComparing(JobRecord::runAt).thenComparingLong(JobRecord::id);

    private final PgContext ctx;
    private final String[] statements = new String[8];

    PgClaim(PgContext ctx) {
        this.ctx = ctx;
        for (int shape = 0; shape < statements.length; shape++) {
            statements[shape] = sql(ctx, (shape & 1) != 0, (shape & 2) != 0, (shape & 4) != 0);
        }
    }

    /**
     * The claim statement. Parameters: now, lease in ms, worker, then for one queue: queue, queue,
     * [only types], [except types], limit; for several: queue array, [only types], [except types],
     * limit, limit.
     *
     * <p>The picked ids reach the UPDATE as an array ({@code id = ANY(ARRAY(...))}, computed once),
     * so rows are updated through the primary key; a join with the picked set could let the planner
     * hash-join against a scan of the whole table.
     */
    static String sql(PgContext ctx, boolean severalQueues, boolean onlyTypes, boolean exceptTypes) {
        String types = (onlyTypes ? " AND type = ANY(?::text[])" : "")
                + (exceptTypes ? " AND type <> ALL(?::text[])" : "");
        String order = " ORDER BY priority, run_at, id LIMIT ? FOR UPDATE SKIP LOCKED";
        String picked = severalQueues
                // each unpaused queue is read in index order (up to the limit), then the best are kept
                ? "SELECT x.id FROM unnest(ARRAY(SELECT unnest(?::text[]) EXCEPT SELECT name FROM " + ctx.queues
                        + " WHERE paused)) AS q(name) CROSS JOIN LATERAL (SELECT id, priority, run_at FROM "
                        + ctx.jobs + " WHERE state = 'available' AND queue = q.name" + types + order + ") AS x"
                        + " ORDER BY x.priority, x.run_at, x.id LIMIT ?"
                : "SELECT id FROM " + ctx.jobs + " WHERE state = 'available' AND queue = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM " + ctx.queues + " WHERE name = ? AND paused)"
                        + types + order;
        return "WITH c AS (SELECT " + PgContext.NOW + " AS now)"
                + " UPDATE " + ctx.jobs + " AS j SET state = 'running', attempt = j.attempt + 1,"
                + " attempted_at = c.now, lease_expires_at = c.now + ?::int8 * interval '1 millisecond',"
                + " worker = ?, cancel_requested = false FROM c"
                + " WHERE j.id = ANY(ARRAY(" + picked + "))"
                + " RETURNING " + JobRows.columns("j");
    }

    List<JobRecord> claim(ClaimParams p) {
        boolean several = p.queues().size() > 1;
        boolean only = !p.onlyTypes().isEmpty();
        boolean except = !p.exceptTypes().isEmpty();
        String sql = statements[(several ? 1 : 0) | (only ? 2 : 0) | (except ? 4 : 0)];
        return ctx.db().call("claiming jobs from " + p.queues(), c -> {
            List<JobRecord> out = new ArrayList<>(Math.min(p.limit(), 1024));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(c, ps, p, several);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(JobRows.read(rs));
                    }
                }
            }
            out.sort(CLAIM_ORDER);
            return out;
        });
    }

    void bind(Connection c, PreparedStatement ps, ClaimParams p, boolean several) throws SQLException {
        int i = 1;
        ctx.bindNow(ps, i++, p.now());
        ps.setLong(i++, p.lease().toMillis());
        ps.setString(i++, p.worker());
        if (several) {
            ps.setArray(i++, c.createArrayOf("text", p.queues().toArray(new String[0])));
        } else {
            ps.setString(i++, p.queues().get(0));
            ps.setString(i++, p.queues().get(0));
        }
        if (!p.onlyTypes().isEmpty()) {
            ps.setArray(i++, c.createArrayOf("text", p.onlyTypes().toArray(new String[0])));
        }
        if (!p.exceptTypes().isEmpty()) {
            ps.setArray(i++, c.createArrayOf("text", p.exceptTypes().toArray(new String[0])));
        }
        ps.setInt(i++, p.limit());
        if (several) {
            ps.setInt(i, p.limit());
        }
    }
}
