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
 * early; several queues use {@code queue = ANY(?)}. The paused check is an uncorrelated subquery,
 * evaluated once per claim rather than per row.
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
     * The claim statement. Parameters: now, [queue, queue | queue array], [only types], [except
     * types], limit, lease in ms, worker.
     */
    static String sql(PgContext ctx, boolean severalQueues, boolean onlyTypes, boolean exceptTypes) {
        String queueMatch = severalQueues
                ? "queue = ANY(ARRAY(SELECT unnest(?::text[]) EXCEPT SELECT name FROM " + ctx.queues
                        + " WHERE paused))"
                : "queue = ? AND NOT EXISTS (SELECT 1 FROM " + ctx.queues + " WHERE name = ? AND paused)";
        return "WITH c AS (SELECT " + PgContext.NOW + " AS now),"
                + " picked AS MATERIALIZED (SELECT id FROM " + ctx.jobs
                + " WHERE state = 'available' AND " + queueMatch
                + (onlyTypes ? " AND type = ANY(?::text[])" : "")
                + (exceptTypes ? " AND type <> ALL(?::text[])" : "")
                + " ORDER BY priority, run_at, id LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " UPDATE " + ctx.jobs + " AS j SET state = 'running', attempt = j.attempt + 1,"
                + " attempted_at = c.now, lease_expires_at = c.now + ?::int8 * interval '1 millisecond',"
                + " worker = ?, cancel_requested = false"
                + " FROM picked, c WHERE j.id = picked.id"
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
        ps.setLong(i++, p.lease().toMillis());
        ps.setString(i, p.worker());
    }
}
