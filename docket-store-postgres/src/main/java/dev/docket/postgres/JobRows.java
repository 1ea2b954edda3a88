package dev.docket.postgres;

import dev.docket.JobError;
import dev.docket.JobState;
import dev.docket.jdbc.MetaJson;
import dev.docket.spi.JobRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads job rows into {@link JobRecord}s, and loads their errors. */
final class JobRows {
    private static final String[] COLUMNS = {
        "id", "type", "queue", "priority", "state", "args", "meta::text", "attempt", "max_attempts",
        "unique_key", "created_at", "run_at", "attempted_at", "finished_at", "lease_expires_at", "worker",
        "cancel_requested", "lost_count", "timeout_ms", "backoff_initial_ms", "backoff_max_ms", "result",
        "progress"};

    private JobRows() {
    }

    /** The job columns in the order {@link #read} expects, each prefixed with {@code alias.}. */
    static String columns(String alias) {
        StringBuilder sb = new StringBuilder();
        for (String column : COLUMNS) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(alias).append('.').append(column);
        }
        return sb.toString();
    }

    /** The job in the current row, whose first columns are {@link #columns}; errors not loaded. */
    static JobRecord read(ResultSet rs) throws SQLException {
        return JobRecord.builder()
                .id(rs.getLong(1))
                .type(rs.getString(2))
                .queue(rs.getString(3))
                .priority(rs.getInt(4))
                .state(JobState.parse(rs.getString(5)))
                .argsJson(rs.getString(6))
                .meta(MetaJson.read(rs.getString(7)))
                .attempt(rs.getInt(8))
                .maxAttempts(rs.getInt(9))
                .uniqueKey(rs.getString(10))
                .createdAt(instant(rs, 11))
                .runAt(instant(rs, 12))
                .attemptedAt(instant(rs, 13))
                .finishedAt(instant(rs, 14))
                .leaseExpiresAt(instant(rs, 15))
                .worker(rs.getString(16))
                .cancelRequested(rs.getBoolean(17))
                .lostCount(rs.getInt(18))
                .timeoutMs(nullableLong(rs, 19))
                .backoffInitialMs(nullableLong(rs, 20))
                .backoffMaxMs(nullableLong(rs, 21))
                .resultJson(rs.getString(22))
                .progressJson(rs.getString(23))
                .build();
    }

    /** {@code jobs} with their errors, oldest first, loaded with one query. */
    static List<JobRecord> withErrors(Connection c, PgContext ctx, List<JobRecord> jobs) throws SQLException {
        if (jobs.isEmpty()) {
            return jobs;
        }
        Long[] ids = new Long[jobs.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = jobs.get(i).id();
        }
        Map<Long, List<JobError>> errors = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT job_id, attempt, at, message, stack FROM "
                + ctx.errors + " WHERE job_id = ANY(?) ORDER BY job_id, id")) {
            ps.setArray(1, c.createArrayOf("int8", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    errors.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new JobError(
                            rs.getInt(2), instant(rs, 3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        if (errors.isEmpty()) {
            return jobs;
        }
        List<JobRecord> out = new ArrayList<>(jobs.size());
        for (JobRecord job : jobs) {
            List<JobError> mine = errors.get(job.id());
            out.add(mine == null ? job : job.toBuilder().errors(mine).build());
        }
        return out;
    }

    /**
     * A {@code timestamptz} column as an instant. Read as a {@link Timestamp}: an absolute time that
     * the driver builds straight from the binary value, where {@code getObject(column,
     * OffsetDateTime.class)} looks up the column's type on every call and builds date-time fields.
     */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
