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
 *
 * <p>A single-queue claim starts its index range near the jobs still waiting ({@link ClaimHints}):
 * past the last job of the previous batch while the queue has a backlog (when that comes back
 * short, the rest is claimed from the head), or shortly before the latest run time handed out once
 * it ran dry; so it does not walk the dead index entries of the jobs claimed before.
 */
final class PgClaim {
    private static final Comparator<JobRecord> CLAIM_ORDER = Comparator.comparingInt(JobRecord::priority)
            .thenComparing(JobRecord::runAt).thenComparingLong(JobRecord::id);

    private final PgContext ctx;
    private final ClaimHints hints;
    private final String[] statements = new String[8];
    private final String[] hinted = new String[8];

    PgClaim(PgContext ctx) {
        this.ctx = ctx;
        this.hints = ctx.claimHints();
        for (int shape = 0; shape < statements.length; shape++) {
            statements[shape] = sql(ctx, (shape & 1) != 0, (shape & 2) != 0, (shape & 4) != 0, false);
            hinted[shape] = (shape & 1) != 0 ? null : sql(ctx, false, (shape & 2) != 0, (shape & 4) != 0, true);
        }
    }

    /**
     * The claim statement. Parameters: now, lease in ms, worker, then for one queue: queue,
     * [hint priority, run_at, id], queue, [only types], [except types], limit; for several: queue
     * array, [only types], [except types], limit, limit.
     *
     * <p>The picked ids reach the UPDATE as an array ({@code id = ANY(ARRAY(...))}, computed once),
     * so rows are updated through the primary key; a join with the picked set could let the planner
     * hash-join against a scan of the whole table.
     */
    static String sql(PgContext ctx, boolean severalQueues, boolean onlyTypes, boolean exceptTypes, boolean hint) {
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
                        + (hint ? " AND (priority, run_at, id) > (?::int2, ?::timestamptz, ?::int8)" : "")
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
        int shape = (several ? 1 : 0) | (p.onlyTypes().isEmpty() ? 0 : 2) | (p.exceptTypes().isEmpty() ? 0 : 4);
        if (several) {
            return ctx.db().call("claiming jobs from " + p.queues(), c -> run(c, statements[shape], p, p.limit(), null));
        }
        ClaimHints.Key key = ClaimHints.key(p);
        long generation = hints.generation();
        ClaimHints.Hint hint = hints.usable(key);
        List<JobRecord> claimed = ctx.db().call("claiming jobs from " + p.queues(), c -> {
            if (hint == null) {
                return run(c, statements[shape], p, p.limit(), null);
            }
            List<JobRecord> out = run(c, hinted[shape], p, p.limit(), hint);
            if (out.size() < p.limit() && hint.exact()) {
                out.addAll(run(c, statements[shape], p, p.limit() - out.size(), null));
                out.sort(CLAIM_ORDER);
            }
            return out;
        });
        boolean fromHead = hint == null || (hint.exact() && claimed.size() < p.limit());
        hints.claimed(key, generation, claimed, p.limit(), fromHead, hint);
        return claimed;
    }

    /** Runs one claim statement for up to {@code limit} jobs, starting past {@code hint} if given. */
    private List<JobRecord> run(Connection c, String sql, ClaimParams p, int limit, ClaimHints.Hint hint)
            throws SQLException {
        List<JobRecord> out = new ArrayList<>(Math.min(p.limit(), 1024));
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, p, limit, hint);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(JobRows.read(rs));
                }
            }
        }
        out.sort(CLAIM_ORDER);
        return out;
    }

    void bind(Connection c, PreparedStatement ps, ClaimParams p, int limit, ClaimHints.Hint hint) throws SQLException {
        boolean several = p.queues().size() > 1;
        int i = 1;
        ctx.bindNow(ps, i++, p.now());
        ps.setLong(i++, p.lease().toMillis());
        ps.setString(i++, p.worker());
        if (several) {
            ps.setArray(i++, c.createArrayOf("text", p.queues().toArray(new String[0])));
        } else {
            ps.setString(i++, p.queues().get(0));
            if (hint != null) {
                ps.setShort(i++, (short) hint.priority());
                PgContext.bindInstant(ps, i++, hint.runAt());
                ps.setLong(i++, hint.id());
            }
            ps.setString(i++, p.queues().get(0));
        }
        if (!p.onlyTypes().isEmpty()) {
            ps.setArray(i++, c.createArrayOf("text", p.onlyTypes().toArray(new String[0])));
        }
        if (!p.exceptTypes().isEmpty()) {
            ps.setArray(i++, c.createArrayOf("text", p.exceptTypes().toArray(new String[0])));
        }
        ps.setInt(i++, limit);
        if (several) {
            ps.setInt(i, limit);
        }
    }
}
