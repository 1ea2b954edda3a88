package dev.docket.sqlite;

import dev.docket.JobState;
import dev.docket.StoreException;
import dev.docket.jdbc.MetaJson;
import dev.docket.spi.InsertResult;
import dev.docket.spi.NewJob;
import dev.docket.spi.Notifier;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Inserts a batch of jobs with one prepared statement executed as a batch.
 *
 * <p>Unique keys: the insert says {@code ON CONFLICT DO NOTHING}, so a job whose key an unfinished
 * job holds (the partial unique index) is skipped, and its result is looked up as the holder. Two
 * jobs of one batch with the same key therefore yield the first stored and the second its
 * duplicate. The ids of the stored jobs are read back in one query: while the transaction holds
 * the write lock, the stored jobs are the newest rows up to {@code last_insert_rowid()}, in batch
 * order ({@code AUTOINCREMENT} ids only grow).
 */
final class Inserter {
    private static final String INSERT = "INSERT INTO docket_jobs (type, queue, priority, state, args_json,"
            + " meta_json, max_attempts, unique_key, created_at, run_at, timeout_ms, backoff_initial_ms,"
            + " backoff_max_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String NEW_IDS =
            "SELECT id FROM docket_jobs WHERE id <= last_insert_rowid() ORDER BY id DESC LIMIT ?";
    private static final String HOLDER = "SELECT id, state FROM docket_jobs WHERE unique_key = ?"
            + " AND state IN ('scheduled', 'available', 'running', 'retryable')";

    private Inserter() {
    }

    /** Inserts {@code jobs} in the current transaction; one result per job, in order. */
    static List<InsertResult> insert(Tx tx, List<NewJob> jobs, Instant given) throws SQLException {
        long now = tx.now(given);
        JobState[] states = new JobState[jobs.size()];
        PreparedStatement ps = tx.prepare(INSERT);
        for (int i = 0; i < jobs.size(); i++) {
            NewJob job = jobs.get(i);
            long runAt = job.runAt() != null ? Times.millis(job.runAt()) : Times.plus(now, job.delayMs());
            states[i] = runAt > now ? JobState.SCHEDULED : JobState.AVAILABLE;
            ps.setString(1, job.type());
            ps.setString(2, job.queue());
            ps.setInt(3, job.priority());
            ps.setString(4, states[i].wireName());
            ps.setString(5, job.argsJson());
            ps.setString(6, MetaJson.write(job.meta()));
            ps.setInt(7, job.maxAttempts());
            ps.setString(8, job.uniqueKey());
            ps.setLong(9, now);
            ps.setLong(10, runAt);
            Times.setLongOrNull(ps, 11, job.timeoutMs());
            Times.setLongOrNull(ps, 12, job.backoffInitialMs());
            Times.setLongOrNull(ps, 13, job.backoffMaxMs());
            ps.addBatch();
        }
        int[] counts = ps.executeBatch();
        long[] ids = storedIds(tx, (int) Arrays.stream(counts).filter(n -> n > 0).count());
        List<InsertResult> results = new ArrayList<>(jobs.size());
        int next = 0;
        for (int i = 0; i < jobs.size(); i++) {
            if (counts[i] > 0) {
                results.add(new InsertResult(ids[next++], states[i], false));
                if (states[i] == JobState.AVAILABLE) {
                    tx.publishAfterCommit(Notifier.JOBS_AVAILABLE, jobs.get(i).queue());
                }
            } else {
                results.add(holder(tx, jobs.get(i)));
            }
        }
        return results;
    }

    private static long[] storedIds(Tx tx, int stored) throws SQLException {
        long[] ids = new long[stored];
        if (stored == 0) {
            return ids;
        }
        PreparedStatement ps = tx.prepare(NEW_IDS);
        ps.setInt(1, stored);
        int i = stored;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids[--i] = rs.getLong(1);
            }
        }
        if (i != 0) {
            throw new StoreException("inserting jobs: expected " + stored + " new ids, found " + (stored - i));
        }
        return ids;
    }

    private static InsertResult holder(Tx tx, NewJob job) throws SQLException {
        if (job.uniqueKey() == null) {
            throw new StoreException("inserting a job of type " + job.type() + " stored nothing and it has no unique key");
        }
        PreparedStatement ps = tx.prepare(HOLDER);
        ps.setString(1, job.uniqueKey());
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("inserting a job with unique key '" + job.uniqueKey()
                        + "' conflicted, but no unfinished job holds the key");
            }
            return new InsertResult(rs.getLong(1), JobRows.state(rs.getString(2)), true);
        }
    }
}
