package dev.docket.sqlite;

import dev.docket.JobError;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Appends errors of failed attempts, as one batch per transaction. */
final class ErrorRows {
    private static final String INSERT =
            "INSERT INTO docket_job_errors (job_id, attempt, at, message, stack) VALUES (?, ?, ?, ?, ?)";

    private final PreparedStatement ps;
    private int pending;

    private ErrorRows(PreparedStatement ps) {
        this.ps = ps;
    }

    /** A batch of error rows in {@code tx}. */
    static ErrorRows batch(Tx tx) throws SQLException {
        return new ErrorRows(tx.prepare(INSERT));
    }

    /** Adds an error of job {@code id} at {@code at} (epoch milliseconds). */
    void add(long id, int attempt, long at, String message, String stack) throws SQLException {
        ps.setLong(1, id);
        ps.setInt(2, attempt);
        ps.setLong(3, at);
        ps.setString(4, message == null ? "" : message);
        if (stack == null) {
            ps.setNull(5, Types.VARCHAR);
        } else {
            ps.setString(5, stack);
        }
        ps.addBatch();
        pending++;
    }

    /** Adds {@code error} for job {@code id}; its time is {@code now} in database-clock mode. */
    void add(long id, JobError error, long now, boolean databaseClock) throws SQLException {
        long at = databaseClock || error.at() == null ? now : Times.millis(error.at());
        add(id, error.attempt(), at, error.message(), error.stack());
    }

    /** Writes what was added. */
    void flush() throws SQLException {
        if (pending > 0) {
            ps.executeBatch();
            pending = 0;
        }
    }
}
