package dev.docket.postgres;

import dev.docket.JobState;
import dev.docket.StoreException;
import dev.docket.jdbc.MetaJson;
import dev.docket.jdbc.Sql;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.NewJob;
import dev.docket.spi.Notifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Inserts a batch of jobs with one statement: the batch goes up as arrays, {@code unnest} turns
 * them into rows, identity ids are drawn in input order, and {@code RETURNING} hands them back. A
 * large batch without unique keys goes through {@link PgCopyInsert} instead.
 *
 * <p>Unique keys: the insert skips keys an unfinished job holds ({@code ON CONFLICT DO NOTHING} on
 * the partial unique index, which also waits for a concurrent inserter of the same key to commit
 * or roll back); the holders are then looked up. A holder that finished in between no longer
 * holds its key, so those jobs are inserted again, until each job is stored or matched.
 */
final class PgInsert {
    private static final int MAX_ROUNDS = 20;
    private static final String UNFINISHED = "('scheduled', 'available', 'running', 'retryable')";

    private final PgContext ctx;
    private final Wakeups wakeups;
    private final PgCopyInsert copy;
    private final String insertSql;
    private final String insertKeyedSql;
    private final String insertNotifyingSql;
    private final String holdersSql;
    /** Runs between a conflicting insert and the holder lookup; tests use it to finish a holder. */
    volatile Runnable beforeLookup = () -> { };

    PgInsert(PgContext ctx, Wakeups wakeups) {
        this.ctx = ctx;
        this.wakeups = wakeups;
        this.copy = new PgCopyInsert(ctx);
        this.insertSql = "INSERT INTO " + ctx.jobs + " (type, queue, priority, state, args, meta, max_attempts,"
                + " unique_key, created_at, run_at, timeout_ms, backoff_initial_ms, backoff_max_ms)"
                + " SELECT u.type, u.queue, u.priority,"
                + " CASE WHEN r.run_at > c.now THEN 'scheduled' ELSE 'available' END,"
                + " u.args, u.meta::jsonb, u.max_attempts, u.unique_key, c.now, r.run_at,"
                + " u.timeout_ms, u.backoff_initial_ms, u.backoff_max_ms"
                + " FROM (SELECT " + PgContext.NOW + " AS now) AS c"
                + " CROSS JOIN unnest(?::text[], ?::text[], ?::int2[], ?::text[], ?::text[], ?::int4[], ?::text[],"
                + " ?::timestamptz[], ?::int8[], ?::int8[], ?::int8[], ?::int8[])"
                + " AS u(type, queue, priority, args, meta, max_attempts, unique_key, run_at, delay_ms,"
                + " timeout_ms, backoff_initial_ms, backoff_max_ms)"
                + " CROSS JOIN LATERAL (SELECT COALESCE(u.run_at,"
                + " c.now + u.delay_ms * interval '1 millisecond') AS run_at) AS r"
                + " RETURNING id, state, unique_key";
        // a batch without keys skips ON CONFLICT: speculative insertion costs a WAL record per row
        this.insertKeyedSql = insertSql.replace(" RETURNING ", " ON CONFLICT (unique_key)"
                + " WHERE unique_key IS NOT NULL AND state IN " + UNFINISHED + " DO NOTHING RETURNING ");
        // one round trip in auto-commit: the notifications go out when the insert commits
        this.insertNotifyingSql = "WITH ins AS (" + insertSql + "), woke AS (SELECT pg_notify(?, '"
                + Notifier.JOBS_AVAILABLE + ":' || q) FROM unnest(?::text[]) AS q)"
                + " SELECT ins.id, ins.state, ins.unique_key FROM ins CROSS JOIN (SELECT count(*) FROM woke) AS w";
        this.holdersSql = "SELECT unique_key, id, state FROM " + ctx.jobs
                + " WHERE unique_key = ANY(?) AND unique_key IS NOT NULL AND state IN " + UNFINISHED;
    }

    List<InsertResult> insert(InsertParams params) {
        validate(params.jobs());
        Set<String> notified = new LinkedHashSet<>();
        try {
            return insert(params, notified);
        } finally {
            wakeups.finished(notified);
        }
    }

    /** Inserts; the queues it notifies go into {@code notified}, for {@link Wakeups#finished} once done. */
    private List<InsertResult> insert(InsertParams params, Set<String> notified) {
        List<NewJob> jobs = params.jobs();
        Instant now = params.now();
        String doing = "inserting " + jobs.size() + " job(s)";
        Connection callers = params.connection();
        if (callers != null) {
            try {
                return placed(jobs, run(callers, jobs, now, notified), true);
            } catch (SQLException e) {
                throw Sql.failure(doing, e);
            }
        }
        boolean keys = jobs.stream().anyMatch(j -> j.uniqueKey() != null);
        Set<String> queues = new LinkedHashSet<>();
        jobs.forEach(j -> queues.add(j.queue()));
        if (!keys && jobs.size() < PgCopyInsert.MIN_JOBS && allRunNow(jobs)) {
            // every job will be available: its queues' notifications go in the insert statement
            notified.addAll(wakeups.take(queues));
            return placed(jobs, ctx.db().call(doing, c -> insertNotifying(c, jobs, now, notified)), false);
        }
        // a COPY-sized batch runs in a transaction too: its id draw, on its own, would wait for a
        // flush of the WAL before the COPY's (see PgCopyInsert), and one commit waits only once
        if (keys || jobs.size() >= PgCopyInsert.MIN_JOBS || wakeups.anyDue(queues)) {
            return placed(jobs, ctx.db().transaction(doing, c -> run(c, jobs, now, notified)), false);
        }
        return placed(jobs, ctx.db().call(doing, c -> run(c, jobs, now, notified)), false);
    }

    /**
     * Tells the claim hints where the new available jobs lie; a job inserted in the caller's
     * transaction becomes visible only at a commit this store does not see, so it counts as timed.
     */
    private List<InsertResult> placed(List<NewJob> jobs, List<InsertResult> results, boolean callersTransaction) {
        ClaimHints hints = ctx.claimHints();
        for (int i = 0; i < results.size(); i++) {
            InsertResult r = results.get(i);
            if (!r.duplicate() && r.state() == JobState.AVAILABLE) {
                NewJob j = jobs.get(i);
                hints.inserted(j.queue(), j.priority(), callersTransaction || j.runAt() != null || j.delay() != null);
            }
        }
        return results;
    }

    /** Inserts {@code jobs} on {@code c} and notifies their queues that are due, adding those to {@code notified}. */
    private List<InsertResult> run(Connection c, List<NewJob> jobs, Instant now, Set<String> notified)
            throws SQLException {
        InsertResult[] results = PgCopyInsert.suits(c, jobs) ? copy.insert(c, jobs, now) : insertRows(c, jobs, now);
        Set<String> available = new LinkedHashSet<>();
        for (int i = 0; i < results.length; i++) {
            if (!results[i].duplicate() && results[i].state() == JobState.AVAILABLE) {
                available.add(jobs.get(i).queue());
            }
        }
        Set<String> due = wakeups.take(available);
        notified.addAll(due);
        wakeups.send(c, due);
        return Arrays.asList(results);
    }

    /**
     * Inserts with {@code INSERT}, in rounds while unique keys change hands; a job whose key an
     * earlier job of the batch holds gets that job's result, as a duplicate.
     */
    private InsertResult[] insertRows(Connection c, List<NewJob> jobs, Instant now) throws SQLException {
        InsertResult[] results = new InsertResult[jobs.size()];
        Map<String, Integer> firstWithKey = new HashMap<>();
        List<Integer> pending = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            String key = jobs.get(i).uniqueKey();
            if (key == null || firstWithKey.putIfAbsent(key, i) == null) {
                pending.add(i);
            }
        }
        for (int round = 0; !pending.isEmpty(); round++) {
            if (round == MAX_ROUNDS) {
                throw new StoreException("inserting jobs failed: unique keys kept changing hands after "
                        + MAX_ROUNDS + " rounds");
            }
            pending = insertRound(c, jobs, pending, now, results, Set.of());
        }
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                InsertResult first = results[firstWithKey.get(jobs.get(i).uniqueKey())];
                results[i] = new InsertResult(first.id(), first.state(), true);
            }
        }
        return results;
    }

    private static boolean allRunNow(List<NewJob> jobs) {
        for (NewJob j : jobs) {
            if (j.runAt() != null || j.delayMs() > 0) {
                return false;
            }
        }
        return true;
    }

    /** Inserts jobs without unique keys and notifies {@code queues} with one statement. */
    private List<InsertResult> insertNotifying(Connection c, List<NewJob> jobs, Instant now, Set<String> queues)
            throws SQLException {
        InsertResult[] results = new InsertResult[jobs.size()];
        List<Integer> all = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            all.add(i);
        }
        insertRound(c, jobs, all, now, results, queues);
        return Arrays.asList(results);
    }

    /**
     * Inserts {@code pending}, fills their results; returns those to try again. With {@code notify}
     * not empty (and no unique keys), the same statement notifies those queues.
     */
    private List<Integer> insertRound(Connection c, List<NewJob> jobs, List<Integer> pending, Instant now,
            InsertResult[] results, Set<String> notify) throws SQLException {
        List<Object[]> rows = new ArrayList<>(pending.size());
        boolean keyed = pending.stream().anyMatch(i -> jobs.get(i).uniqueKey() != null);
        String sql = keyed ? insertKeyedSql : notify.isEmpty() ? insertSql : insertNotifyingSql;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, jobs, pending, now);
            if (!keyed && !notify.isEmpty()) {
                ps.setString(14, ctx.channel());
                ps.setArray(15, c.createArrayOf("text", notify.toArray(new String[0])));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        rows.sort((a, b) -> Long.compare((Long) a[0], (Long) b[0]));
        Set<String> insertedKeys = new HashSet<>();
        for (Object[] row : rows) {
            if (row[2] != null) {
                insertedKeys.add((String) row[2]);
            }
        }
        List<Integer> conflicted = new ArrayList<>();
        int next = 0;
        for (int i : pending) {
            String key = jobs.get(i).uniqueKey();
            if (key != null && !insertedKeys.contains(key)) {
                conflicted.add(i);
                continue;
            }
            Object[] row = rows.get(next++);
            if (!Objects.equals(row[2], key)) {
                throw new StoreException("inserting jobs failed: returned ids do not follow the input order");
            }
            results[i] = new InsertResult((Long) row[0], JobState.parse((String) row[1]), false);
        }
        if (conflicted.isEmpty()) {
            return List.of();
        }
        beforeLookup.run();
        Map<String, InsertResult> holders = holders(c, jobs, conflicted);
        List<Integer> again = new ArrayList<>();
        for (int i : conflicted) {
            InsertResult holder = holders.get(jobs.get(i).uniqueKey());
            if (holder == null) {
                again.add(i);
            } else {
                results[i] = holder;
            }
        }
        return again;
    }

    private Map<String, InsertResult> holders(Connection c, List<NewJob> jobs, List<Integer> conflicted)
            throws SQLException {
        String[] keys = conflicted.stream().map(i -> jobs.get(i).uniqueKey()).toArray(String[]::new);
        Map<String, InsertResult> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(holdersSql)) {
            ps.setArray(1, c.createArrayOf("text", keys));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new InsertResult(rs.getLong(2), JobState.parse(rs.getString(3)), true));
                }
            }
        }
        return out;
    }

    private void bind(Connection c, PreparedStatement ps, List<NewJob> jobs, List<Integer> pending, Instant now)
            throws SQLException {
        int n = pending.size();
        String[] type = new String[n];
        String[] queue = new String[n];
        Short[] priority = new Short[n];
        String[] args = new String[n];
        String[] meta = new String[n];
        Integer[] maxAttempts = new Integer[n];
        String[] key = new String[n];
        String[] runAt = new String[n];
        Long[] delay = new Long[n];
        Long[] timeout = new Long[n];
        Long[] backoffInitial = new Long[n];
        Long[] backoffMax = new Long[n];
        for (int k = 0; k < n; k++) {
            NewJob j = jobs.get(pending.get(k));
            type[k] = j.type();
            queue[k] = j.queue();
            priority[k] = (short) j.priority();
            args[k] = j.argsJson();
            meta[k] = MetaJson.write(j.meta());
            maxAttempts[k] = j.maxAttempts();
            key[k] = j.uniqueKey();
            runAt[k] = PgContext.text(j.runAt());
            delay[k] = j.delayMs();
            timeout[k] = j.timeoutMs();
            backoffInitial[k] = j.backoffInitialMs();
            backoffMax[k] = j.backoffMaxMs();
        }
        ctx.bindNow(ps, 1, now);
        ps.setArray(2, c.createArrayOf("text", type));
        ps.setArray(3, c.createArrayOf("text", queue));
        ps.setArray(4, c.createArrayOf("int2", priority));
        ps.setArray(5, c.createArrayOf("text", args));
        ps.setArray(6, c.createArrayOf("text", meta));
        ps.setArray(7, c.createArrayOf("int4", maxAttempts));
        ps.setArray(8, c.createArrayOf("text", key));
        ps.setArray(9, c.createArrayOf("text", runAt));
        ps.setArray(10, c.createArrayOf("int8", delay));
        ps.setArray(11, c.createArrayOf("int8", timeout));
        ps.setArray(12, c.createArrayOf("int8", backoffInitial));
        ps.setArray(13, c.createArrayOf("int8", backoffMax));
    }

    private static void validate(List<NewJob> jobs) {
        for (int i = 0; i < jobs.size(); i++) {
            NewJob j = jobs.get(i);
            if (j.priority() < 0 || j.priority() > 9) {
                throw new IllegalArgumentException(which(jobs, i) + ": priority must be 0-9, was " + j.priority());
            }
            if (j.maxAttempts() < 1) {
                throw new IllegalArgumentException(which(jobs, i) + ": maxAttempts must be at least 1, was "
                        + j.maxAttempts());
            }
        }
    }

    /** Names a job of a batch in an error message (built only when one is thrown). */
    private static String which(List<NewJob> jobs, int i) {
        return "job " + (i + 1) + " of " + jobs.size() + " (type " + jobs.get(i).type() + ")";
    }
}
