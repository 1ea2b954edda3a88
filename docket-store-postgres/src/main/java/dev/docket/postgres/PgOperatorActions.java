package dev.docket.postgres;

import dev.docket.JobState;
import dev.docket.StoreException;
import dev.docket.spi.Change;
import dev.docket.spi.JobFilter;
import dev.docket.spi.Notifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Retry, cancel and delete, for one job or every job matching a filter. */
final class PgOperatorActions {
    private static final Set<JobState> RETRYABLE_FROM =
            EnumSet.of(JobState.DEAD, JobState.CANCELLED, JobState.RETRYABLE, JobState.SCHEDULED);
    private static final Set<JobState> DELETABLE = EnumSet.complementOf(EnumSet.of(JobState.RUNNING));
    private static final String RETRY_SET = " SET state = 'available', run_at = c.now, finished_at = NULL,"
            + " lost_count = 0, max_attempts = GREATEST(j.max_attempts, j.attempt + 1)";
    private static final String RETRY_STATES = "('dead', 'cancelled', 'retryable', 'scheduled')";
    private static final String UNIQUE_VIOLATION = "23505";

    /** No other unfinished job holds {@code j}'s unique key (checked through the unique index). */
    private final String keyFree;

    private static final Logger log = LoggerFactory.getLogger(PgOperatorActions.class);

    private final PgContext ctx;
    private final Wakeups wakeups;
    private final Notifier notifier;

    PgOperatorActions(PgContext ctx, Wakeups wakeups, Notifier notifier) {
        this.ctx = ctx;
        this.wakeups = wakeups;
        this.notifier = notifier;
        this.keyFree = "(j.unique_key IS NULL OR NOT EXISTS (SELECT 1 FROM " + ctx.jobs + " AS o"
                + " WHERE o.unique_key = j.unique_key AND o.unique_key IS NOT NULL AND o.id <> j.id"
                + " AND o.state IN ('scheduled', 'available', 'running', 'retryable')))";
    }

    /**
     * Retries one job, unless another unfinished job holds its unique key (then it is refused in
     * its current state, as it is when a concurrent insert takes the key first).
     */
    Change retry(long id, Instant now) {
        String[] queue = new String[1];
        Change change = ctx.db().call("retrying job " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + ctx.jobs + " AS j" + RETRY_SET
                    + " FROM (SELECT " + PgContext.NOW + " AS now) AS c"
                    + " WHERE j.id = ? AND j.state IN " + RETRY_STATES + " AND " + keyFree
                    + " RETURNING j.queue")) {
                ctx.bindNow(ps, 1, now);
                ps.setLong(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        queue[0] = rs.getString(1);
                        return Change.applied(JobState.AVAILABLE);
                    }
                }
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
            }
            return refusedOrMissing(c, id);
        });
        if (queue[0] != null) {
            ctx.claimHints().forget(List.of(queue[0]));
            wakeups.afterCommit(List.of(queue[0]));
        }
        return change;
    }

    Change cancel(long id, Instant now) {
        Change change = ctx.db().call("cancelling job " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + ctx.jobs + " AS j SET"
                    + " state = CASE WHEN j.state = 'running' THEN 'running' ELSE 'cancelled' END,"
                    + " cancel_requested = (j.state = 'running'),"
                    + " finished_at = CASE WHEN j.state = 'running' THEN NULL ELSE c.now END"
                    + " FROM (SELECT " + PgContext.NOW + " AS now) AS c"
                    + " WHERE j.id = ? AND j.state IN ('scheduled', 'available', 'running', 'retryable')"
                    + " RETURNING j.state")) {
                ctx.bindNow(ps, 1, now);
                ps.setLong(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Change.applied(JobState.parse(rs.getString(1)));
                    }
                }
            }
            return refusedOrMissing(c, id);
        });
        if (change.status() == Change.Status.APPLIED && change.state() == JobState.RUNNING) {
            try {
                notifier.publish(Notifier.CONTROL, "cancel:" + id);
            } catch (StoreException e) {
                // the request is stored; the worker sees it at its next lease renewal
                log.debug("cancel notification for job {} not sent: {}", id, e.getMessage());
            }
        }
        return change;
    }

    Change delete(long id) {
        return ctx.db().call("deleting job " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("WITH gone AS (DELETE FROM " + ctx.jobs
                    + " WHERE id = ? AND state <> 'running' RETURNING id)," + ctx.errorsOfGone
                    + " SELECT count(*) FROM gone")) {
                ps.setLong(1, id);
                if (PgContext.count(ps) > 0) {
                    return Change.applied(null);
                }
            }
            return refusedOrMissing(c, id);
        });
    }

    /**
     * Retries up to {@code limit} matching jobs in one transaction: the candidates are locked
     * (newest first), those whose unique key another unfinished job holds are left alone, and of
     * candidates sharing a key only the newest moves. Should a concurrent insert take a key in
     * between, the whole call runs again.
     */
    int retryMatching(JobFilter filter, int limit, Instant now) {
        if (limit < 1) {
            return 0;
        }
        FilterSql where = FilterSql.of(ctx, filter, RETRYABLE_FROM);
        String pick = "SELECT j.id, j.unique_key FROM " + ctx.jobs + " AS j WHERE " + where.where()
                + " AND " + keyFree + " ORDER BY j.id DESC LIMIT ? FOR UPDATE OF j";
        String move = "UPDATE " + ctx.jobs + " AS j" + RETRY_SET + " FROM (SELECT " + PgContext.NOW
                + " AS now) AS c WHERE j.id = ANY(?) RETURNING j.queue";
        Set<String> queues = new LinkedHashSet<>();
        int moved = 0;
        for (int round = 1; ; round++) {
            try {
                queues.clear();
                moved = ctx.db().transaction("retrying matching jobs", c -> {
                    List<Long> ids = new ArrayList<>();
                    Set<String> keys = new HashSet<>();
                    try (PreparedStatement ps = c.prepareStatement(pick)) {
                        ps.setInt(where.bind(c, ps, 1), limit);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                String key = rs.getString(2);
                                if (key == null || keys.add(key)) {
                                    ids.add(rs.getLong(1));
                                }
                            }
                        }
                    }
                    if (ids.isEmpty()) {
                        return 0;
                    }
                    try (PreparedStatement ps = c.prepareStatement(move)) {
                        ctx.bindNow(ps, 1, now);
                        ps.setArray(2, c.createArrayOf("int8", ids.toArray()));
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                queues.add(rs.getString(1));
                            }
                        }
                    }
                    return ids.size();
                });
                break;
            } catch (StoreException e) {
                if (round == 3 || !(e.getCause() instanceof SQLException sql)
                        || !UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    throw e;
                }
            }
        }
        ctx.claimHints().forget(queues);
        wakeups.afterCommit(queues);
        return moved;
    }

    int deleteMatching(JobFilter filter, int limit) {
        if (limit < 1) {
            return 0;
        }
        FilterSql where = FilterSql.of(ctx, filter, DELETABLE);
        String sql = "WITH gone AS (DELETE FROM " + ctx.jobs + " WHERE id = ANY(ARRAY(SELECT j.id FROM " + ctx.jobs
                + " AS j WHERE " + where.where() + " ORDER BY j.id DESC LIMIT ? FOR UPDATE OF j))"
                + " AND state <> 'running' RETURNING id)," + ctx.errorsOfGone + " SELECT count(*) FROM gone";
        return ctx.db().call("deleting matching jobs", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = where.bind(c, ps, 1);
                ps.setInt(i, limit);
                return PgContext.count(ps);
            }
        });
    }

    private Change refusedOrMissing(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT state FROM " + ctx.jobs + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Change.refused(JobState.parse(rs.getString(1))) : Change.notFound();
            }
        }
    }
}
