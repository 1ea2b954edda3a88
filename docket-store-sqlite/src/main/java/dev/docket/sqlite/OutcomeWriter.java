package dev.docket.sqlite;

import dev.docket.JobError;
import dev.docket.JobState;
import dev.docket.spi.Outcome;
import dev.docket.spi.OutcomeParams;
import dev.docket.spi.OutcomeResult;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Records a batch of outcomes with batched statements: one fenced {@code UPDATE} for every
 * outcome (it applies only while the job is running under that attempt), a fenced {@code DELETE}
 * instead for successes whose jobs are not kept, and one insert of the errors of the outcomes
 * that applied.
 */
final class OutcomeWriter {
    private static final String UPDATE = "UPDATE docket_jobs SET state = ?, finished_at = ?,"
            + " run_at = COALESCE(?, run_at), result_json = ?, lease_expires_at = NULL, worker = NULL,"
            + " cancel_requested = 0 WHERE id = ? AND attempt = ? AND state = 'running'";
    /** A success whose job is not kept: deleted at once (its error rows go with it, by cascade). */
    private static final String DELETE = "DELETE FROM docket_jobs WHERE id = ? AND attempt = ? AND state = 'running'";

    private final boolean databaseClock;

    OutcomeWriter(boolean databaseClock) {
        this.databaseClock = databaseClock;
    }

    OutcomeResult record(Tx tx, OutcomeParams params) throws SQLException {
        List<Outcome> outcomes = params.outcomes();
        if (outcomes.isEmpty()) {
            return new OutcomeResult(List.of(), List.of());
        }
        long now = tx.now(params.now());
        PreparedStatement update = tx.prepare(UPDATE);
        PreparedStatement delete = params.keepSucceeded() ? null : tx.prepare(DELETE);
        boolean[] deleting = new boolean[outcomes.size()];
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            deleting[i] = delete != null && outcome instanceof Outcome.Succeeded;
            if (deleting[i]) {
                delete.setLong(1, outcome.lease().id());
                delete.setInt(2, outcome.lease().attempt());
                delete.addBatch();
            } else {
                bind(update, outcome, now);
                update.addBatch();
            }
        }
        int[] counts = inOrder(deleting, update.executeBatch(), delete == null ? new int[0] : delete.executeBatch());
        List<Outcome> applied = new ArrayList<>(outcomes.size());
        List<Outcome> rejected = new ArrayList<>();
        ErrorRows errors = ErrorRows.batch(tx);
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (counts[i] > 0) {
                applied.add(outcome);
                JobError error = error(outcome);
                if (error != null) {
                    errors.add(outcome.lease().id(), withAttempt(error, outcome), now, databaseClock);
                }
            } else {
                rejected.add(outcome);
            }
        }
        errors.flush();
        return new OutcomeResult(applied, rejected);
    }

    /** The two batches' update counts, back in the outcomes' order. */
    private static int[] inOrder(boolean[] deleting, int[] updated, int[] deleted) {
        int[] counts = new int[deleting.length];
        int u = 0;
        int d = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = deleting[i] ? deleted[d++] : updated[u++];
        }
        return counts;
    }

    private static void bind(PreparedStatement ps, Outcome outcome, long now) throws SQLException {
        JobState state;
        Long finishedAt = null;
        Long runAt = null;
        String result = null;
        if (outcome instanceof Outcome.Succeeded s) {
            state = JobState.SUCCEEDED;
            finishedAt = now;
            result = s.resultJson();
        } else if (outcome instanceof Outcome.Failed f && f.dead()) {
            state = JobState.DEAD;
            finishedAt = now;
        } else if (outcome instanceof Outcome.Failed f) {
            long wait = Times.millis(f.retryIn());
            state = wait == 0 ? JobState.AVAILABLE : JobState.RETRYABLE;
            runAt = Times.plus(now, wait);
        } else {
            state = JobState.CANCELLED;
            finishedAt = now;
        }
        ps.setString(1, state.wireName());
        Times.setLongOrNull(ps, 2, finishedAt);
        Times.setLongOrNull(ps, 3, runAt);
        if (result == null) {
            ps.setNull(4, Types.VARCHAR);
        } else {
            ps.setString(4, result);
        }
        ps.setLong(5, outcome.lease().id());
        ps.setInt(6, outcome.lease().attempt());
    }

    private static JobError error(Outcome outcome) {
        if (outcome instanceof Outcome.Failed f) {
            return f.error();
        }
        if (outcome instanceof Outcome.Cancelled c) {
            return c.reason();
        }
        return null;
    }

    /** The error as the attempt's: its attempt number is the lease's. */
    private static JobError withAttempt(JobError error, Outcome outcome) {
        int attempt = outcome.lease().attempt();
        return error.attempt() == attempt ? error : new JobError(attempt, error.at(), error.message(), error.stack());
    }
}
