package dev.docket.postgres;

import dev.docket.JobError;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.Outcome;
import dev.docket.spi.OutcomeParams;
import dev.docket.spi.OutcomeResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Records a batch of outcomes in one transaction: one UPDATE per kind (succeeded, failed,
 * cancelled) joining the batch's arrays, each fenced by {@code state = 'running' AND attempt = u.attempt}
 * ({@link PgContext#RUNNING_FENCE}; successes of one attempt number without results use
 * {@link PgContext#UNIFORM_FENCE} and no join, and successes whose jobs are not kept are deleted
 * with their error rows under the same fences),
 * then one INSERT for the errors of the outcomes that applied. A batch of one kind without errors
 * is a single statement in auto-commit.
 */
final class PgOutcomes {
    private static final String CLEAR_LEASE = "lease_expires_at = NULL, worker = NULL, cancel_requested = false";

    private final PgContext ctx;
    private final Wakeups wakeups;
    private final String succeededSql;
    private final String succeededUniformSql;
    private final String deleteSucceededSql;
    private final String deleteSucceededUniformSql;
    private final String failedSql;
    private final String cancelledSql;
    private final String errorsSql;

    PgOutcomes(PgContext ctx, Wakeups wakeups) {
        this.ctx = ctx;
        this.wakeups = wakeups;
        String from = " FROM (SELECT " + PgContext.NOW + " AS now) AS c, ";
        String fence = PgContext.RUNNING_FENCE;
        this.succeededSql = "UPDATE " + ctx.jobs + " AS j SET state = 'succeeded', finished_at = c.now,"
                + " result = u.result, " + CLEAR_LEASE
                + from + "unnest(?::int8[], ?::int4[], ?::text[]) AS u(id, attempt, result)"
                + fence + " RETURNING j.id, j.attempt";
        this.succeededUniformSql = "UPDATE " + ctx.jobs + " AS j SET state = 'succeeded', finished_at = c.now,"
                + " result = c.results[1], " + CLEAR_LEASE + " FROM (SELECT " + PgContext.NOW + " AS now,"
                + " ?::int8[] AS ids, ?::int4[] AS attempts, ?::text[] AS results) AS c"
                + PgContext.UNIFORM_FENCE + " RETURNING j.id, j.attempt";
        this.deleteSucceededSql = deleteSql("unnest(?::int8[], ?::int4[]) AS u(id, attempt)", fence);
        this.deleteSucceededUniformSql = deleteSql("(SELECT ?::int8[] AS ids, ?::int4[] AS attempts) AS c",
                PgContext.UNIFORM_FENCE);
        this.failedSql = "UPDATE " + ctx.jobs + " AS j SET"
                + " state = CASE WHEN u.retry_ms IS NULL THEN 'dead' WHEN u.retry_ms = 0 THEN 'available'"
                + " ELSE 'retryable' END,"
                + " finished_at = CASE WHEN u.retry_ms IS NULL THEN c.now END,"
                + " run_at = CASE WHEN u.retry_ms IS NULL THEN j.run_at"
                + " ELSE c.now + u.retry_ms * interval '1 millisecond' END, " + CLEAR_LEASE
                + from + "unnest(?::int8[], ?::int4[], ?::int8[]) AS u(id, attempt, retry_ms)"
                + fence + " RETURNING j.id, j.attempt, j.queue, j.state";
        this.cancelledSql = "UPDATE " + ctx.jobs + " AS j SET state = 'cancelled', finished_at = c.now, "
                + CLEAR_LEASE + from + "unnest(?::int8[], ?::int4[]) AS u(id, attempt)"
                + fence + " RETURNING j.id, j.attempt";
        this.errorsSql = "INSERT INTO " + ctx.errors + " (job_id, attempt, at, message, stack)"
                + " SELECT u.job_id, u.attempt, COALESCE(u.at, now()), u.message, u.stack"
                + " FROM unnest(?::int8[], ?::int4[], ?::timestamptz[], ?::text[], ?::text[])"
                + " AS u(job_id, attempt, at, message, stack)";
    }

    /** Deletes running jobs through {@code source} and {@code fence}, with their error rows. */
    private String deleteSql(String source, String fence) {
        return "WITH gone AS (DELETE FROM " + ctx.jobs + " AS j USING " + source + fence
                + " RETURNING j.id, j.attempt)," + ctx.errorsOfGone + " SELECT id, attempt FROM gone";
    }

    /** The succeeded statement: now, ids, attempts, results. */
    String succeededSql() {
        return succeededSql;
    }

    /** The succeeded statement for a batch of one attempt number and no results: the same parameters. */
    String succeededUniformSql() {
        return succeededUniformSql;
    }

    /** The statements deleting succeeded jobs that are not kept (joined, uniform): ids, attempts. */
    List<String> deleteSucceededSql() {
        return List.of(deleteSucceededSql, deleteSucceededUniformSql);
    }

    OutcomeResult record(OutcomeParams p) {
        if (p.outcomes().isEmpty()) {
            return new OutcomeResult(List.of(), List.of());
        }
        List<Outcome.Succeeded> succeeded = new ArrayList<>();
        List<Outcome.Failed> failed = new ArrayList<>();
        List<Outcome.Cancelled> cancelled = new ArrayList<>();
        for (Outcome o : p.outcomes()) {
            if (o instanceof Outcome.Succeeded s) {
                succeeded.add(s);
            } else if (o instanceof Outcome.Failed f) {
                failed.add(f);
            } else {
                cancelled.add((Outcome.Cancelled) o);
            }
        }
        boolean single = failed.isEmpty() && cancelled.isEmpty();
        String doing = "recording " + p.outcomes().size() + " outcome(s)";
        Set<String> available = new LinkedHashSet<>();
        Set<LeaseRef> applied = ctx.runningRowWrites().alone(() -> single
                ? ctx.db().call(doing, c -> succeeded(c, succeeded, p))
                : ctx.db().transaction(doing, c -> {
                    Set<LeaseRef> ids = succeeded(c, succeeded, p);
                    ids.addAll(failed(c, failed, p.now(), available));
                    ids.addAll(cancelled(c, cancelled, p.now()));
                    insertErrors(c, p, ids);
                    return ids;
                }));
        ctx.claimHints().forget(available);
        wakeups.afterCommit(available);
        List<Outcome> yes = new ArrayList<>();
        List<Outcome> no = new ArrayList<>();
        for (Outcome o : p.outcomes()) {
            (applied.contains(o.lease()) ? yes : no).add(o);
        }
        return new OutcomeResult(yes, no);
    }

    /** Marks the jobs succeeded, or deletes them (with their error rows) when they are not kept. */
    private Set<LeaseRef> succeeded(Connection c, List<Outcome.Succeeded> list, OutcomeParams p) throws SQLException {
        if (list.isEmpty()) {
            return new HashSet<>();
        }
        Long[] ids = new Long[list.size()];
        Integer[] attempts = new Integer[list.size()];
        String[] results = new String[list.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = list.get(i).lease().id();
            attempts[i] = list.get(i).lease().attempt();
            results[i] = list.get(i).resultJson();
        }
        if (!p.keepSucceeded()) {
            String sql = PgContext.uniform(attempts, null) ? deleteSucceededUniformSql : deleteSucceededSql;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, c.createArrayOf("int8", ids));
                ps.setArray(2, c.createArrayOf("int4", attempts));
                return ids(ps, null);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(PgContext.uniform(attempts, results) ? succeededUniformSql
                : succeededSql)) {
            ctx.bindNow(ps, 1, p.now());
            ps.setArray(2, c.createArrayOf("int8", ids));
            ps.setArray(3, c.createArrayOf("int4", attempts));
            ps.setArray(4, c.createArrayOf("text", results));
            return ids(ps, null);
        }
    }

    private Set<LeaseRef> failed(Connection c, List<Outcome.Failed> list, Instant now, Set<String> available)
            throws SQLException {
        if (list.isEmpty()) {
            return new HashSet<>();
        }
        Long[] ids = new Long[list.size()];
        Integer[] attempts = new Integer[list.size()];
        Long[] retryMs = new Long[list.size()];
        for (int i = 0; i < ids.length; i++) {
            Outcome.Failed f = list.get(i);
            ids[i] = f.lease().id();
            attempts[i] = f.lease().attempt();
            retryMs[i] = f.retryIn() == null ? null : Math.max(0, f.retryIn().toMillis());
        }
        try (PreparedStatement ps = c.prepareStatement(failedSql)) {
            ctx.bindNow(ps, 1, now);
            ps.setArray(2, c.createArrayOf("int8", ids));
            ps.setArray(3, c.createArrayOf("int4", attempts));
            ps.setArray(4, c.createArrayOf("int8", retryMs));
            return ids(ps, available);
        }
    }

    private Set<LeaseRef> cancelled(Connection c, List<Outcome.Cancelled> list, Instant now) throws SQLException {
        if (list.isEmpty()) {
            return new HashSet<>();
        }
        Long[] ids = new Long[list.size()];
        Integer[] attempts = new Integer[list.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = list.get(i).lease().id();
            attempts[i] = list.get(i).lease().attempt();
        }
        try (PreparedStatement ps = c.prepareStatement(cancelledSql)) {
            ctx.bindNow(ps, 1, now);
            ps.setArray(2, c.createArrayOf("int8", ids));
            ps.setArray(3, c.createArrayOf("int4", attempts));
            return ids(ps, null);
        }
    }

    /** The returned ids; with {@code available}, also collects queues of rows now available. */
    private static Set<LeaseRef> ids(PreparedStatement ps, Set<String> available) throws SQLException {
        Set<LeaseRef> out = new HashSet<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new LeaseRef(rs.getLong(1), rs.getInt(2)));
                if (available != null && "available".equals(rs.getString(4))) {
                    available.add(rs.getString(3));
                }
            }
        }
        return out;
    }

    /** One row per applied failure, and per applied cancellation that gave a reason. */
    private void insertErrors(Connection c, OutcomeParams p, Set<LeaseRef> applied) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<Integer> attempts = new ArrayList<>();
        List<String> ats = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        List<String> stacks = new ArrayList<>();
        for (Outcome o : p.outcomes()) {
            JobError e = o instanceof Outcome.Failed f ? f.error()
                    : o instanceof Outcome.Cancelled x ? x.reason() : null;
            if (e == null || !applied.contains(o.lease())) {
                continue;
            }
            ids.add(o.lease().id());
            attempts.add(o.lease().attempt());
            ats.add(ctx.databaseClock() ? null : PgContext.text(e.at() != null ? e.at() : p.now()));
            messages.add(e.message() == null ? "" : e.message());
            stacks.add(e.stack());
        }
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(errorsSql)) {
            ps.setArray(1, c.createArrayOf("int8", ids.toArray()));
            ps.setArray(2, c.createArrayOf("int4", attempts.toArray()));
            ps.setArray(3, c.createArrayOf("text", ats.toArray()));
            ps.setArray(4, c.createArrayOf("text", messages.toArray()));
            ps.setArray(5, c.createArrayOf("text", stacks.toArray()));
            ps.executeUpdate();
        }
    }
}
