package dev.docket.sqlite;

import dev.docket.JobError;
import dev.docket.JobState;
import dev.docket.jdbc.MetaJson;
import dev.docket.spi.JobRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The job columns and how a row becomes a {@link JobRecord}; loading errors for a page of jobs. */
final class JobRows {
    /** Every column of {@code docket_jobs}, in the order {@link #read} expects. */
    static final String COLUMNS = "id, type, queue, priority, state, args_json, meta_json, attempt, max_attempts,"
            + " unique_key, created_at, run_at, attempted_at, finished_at, lease_expires_at, worker,"
            + " cancel_requested, lost_count, timeout_ms, backoff_initial_ms, backoff_max_ms, result_json,"
            + " progress_json";

    /** {@link #COLUMNS} qualified with the alias {@code j}. */
    static final String J_COLUMNS = "j." + COLUMNS.replace(", ", ", j.");

    private static final String ERRORS = "SELECT job_id, attempt, at, message, stack FROM docket_job_errors"
            + " WHERE job_id IN (SELECT value FROM json_each(?)) ORDER BY job_id, id";

    private JobRows() {
    }

    /** The job in the current row (without errors). */
    static JobRecord read(ResultSet rs) throws SQLException {
        return JobRecord.builder()
                .id(rs.getLong(1))
                .type(rs.getString(2))
                .queue(rs.getString(3))
                .priority(rs.getInt(4))
                .state(state(rs.getString(5)))
                .argsJson(rs.getString(6))
                .meta(MetaJson.read(rs.getString(7)))
                .attempt(rs.getInt(8))
                .maxAttempts(rs.getInt(9))
                .uniqueKey(rs.getString(10))
                .createdAt(Times.instantOrNull(rs, 11))
                .runAt(Times.instantOrNull(rs, 12))
                .attemptedAt(Times.instantOrNull(rs, 13))
                .finishedAt(Times.instantOrNull(rs, 14))
                .leaseExpiresAt(Times.instantOrNull(rs, 15))
                .worker(rs.getString(16))
                .cancelRequested(rs.getInt(17) != 0)
                .lostCount(rs.getInt(18))
                .timeoutMs(Times.longOrNull(rs, 19))
                .backoffInitialMs(Times.longOrNull(rs, 20))
                .backoffMaxMs(Times.longOrNull(rs, 21))
                .resultJson(rs.getString(22))
                .progressJson(rs.getString(23))
                .build();
    }

    /** Every job the result set holds, in its order. */
    static List<JobRecord> readAll(ResultSet rs) throws SQLException {
        List<JobRecord> out = new ArrayList<>();
        while (rs.next()) {
            out.add(read(rs));
        }
        return out;
    }

    /** A state as stored ({@code "available"}). */
    static JobState state(String stored) {
        return JobState.valueOf(stored.toUpperCase(Locale.ROOT));
    }

    /** {@code jobs} with their errors, oldest error first, loaded in one query. */
    static List<JobRecord> withErrors(Connection c, List<JobRecord> jobs) throws SQLException {
        if (jobs.isEmpty()) {
            return jobs;
        }
        Map<Long, List<JobError>> errors = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(ERRORS)) {
            ps.setString(1, jsonIds(jobs.stream().map(JobRecord::id).toList()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    errors.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new JobError(rs.getInt(2), Times.instant(rs.getLong(3)), rs.getString(4),
                                    rs.getString(5)));
                }
            }
        }
        if (errors.isEmpty()) {
            return jobs;
        }
        List<JobRecord> out = new ArrayList<>(jobs.size());
        for (JobRecord job : jobs) {
            List<JobError> e = errors.get(job.id());
            out.add(e == null ? job : job.toBuilder().errors(e).build());
        }
        return out;
    }

    /** Ids as a JSON array, for {@code IN (SELECT value FROM json_each(?))}. */
    static String jsonIds(Collection<Long> ids) {
        StringJoiner j = new StringJoiner(",", "[", "]");
        for (Long id : ids) {
            j.add(Long.toString(id));
        }
        return j.toString();
    }
}
