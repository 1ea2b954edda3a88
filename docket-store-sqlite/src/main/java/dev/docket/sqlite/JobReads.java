package dev.docket.sqlite;

import dev.docket.spi.JobRecord;
import dev.docket.spi.ListParams;
import dev.docket.spi.MinuteCount;
import dev.docket.spi.StateCount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The read queries of the admin model, run on a read connection. */
final class JobReads {
    private static final String FIND = "SELECT " + JobRows.COLUMNS + " FROM docket_jobs WHERE id = ?";
    private static final String COUNTS = "SELECT queue, state, COUNT(*) FROM docket_jobs GROUP BY queue, state"
            + " ORDER BY queue, state";
    private static final String OLDEST_AVAILABLE = "SELECT queue, MIN(run_at) FROM docket_jobs"
            + " WHERE state = 'available' GROUP BY queue ORDER BY queue";
    private static final String FINISHED = "SELECT (finished_at / 60000) * 60000 AS minute, state, COUNT(*)"
            + " FROM docket_jobs WHERE state IN ('succeeded', 'dead', 'cancelled') AND finished_at >= ?"
            + " GROUP BY minute, state";

    private final boolean databaseClock;

    JobReads(boolean databaseClock) {
        this.databaseClock = databaseClock;
    }

    Optional<JobRecord> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FIND)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(JobRows.withErrors(c, List.of(JobRows.read(rs))).get(0));
            }
        }
    }

    List<JobRecord> list(Connection c, ListParams params) throws SQLException {
        FilterSql filter = FilterSql.of(params.filter(), null);
        if (params.beforeId() != null) {
            filter.and("j.id < ?", params.beforeId());
        }
        String sql = "SELECT " + JobRows.J_COLUMNS + " FROM docket_jobs j WHERE " + filter.sql()
                + " ORDER BY j.id DESC LIMIT ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(filter.bind(ps, 1), params.limit());
            try (ResultSet rs = ps.executeQuery()) {
                return JobRows.withErrors(c, JobRows.readAll(rs));
            }
        }
    }

    List<StateCount> countByQueueAndState(Connection c) throws SQLException {
        List<StateCount> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(COUNTS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StateCount(rs.getString(1), JobRows.state(rs.getString(2)), rs.getLong(3)));
            }
        }
        return out;
    }

    Map<String, Duration> queueLatency(Connection c, Instant given) throws SQLException {
        long now = now(c, given);
        Map<String, Duration> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(OLDEST_AVAILABLE); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), Duration.ofMillis(Math.max(0, now - rs.getLong(2))));
            }
        }
        return out;
    }

    List<MinuteCount> finishedPerMinute(Connection c, Duration window, Instant given) throws SQLException {
        long since = now(c, given) - Times.millis(window);
        List<MinuteCount> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(FINISHED)) {
            ps.setLong(1, since);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MinuteCount(Times.instant(rs.getLong(1)), JobRows.state(rs.getString(2)),
                            rs.getLong(3)));
                }
            }
        }
        out.sort(Comparator.comparing(MinuteCount::minute).thenComparing(MinuteCount::state));
        return out;
    }

    private long now(Connection c, Instant given) throws SQLException {
        return databaseClock ? Times.databaseNow(c) : Times.millis(given);
    }
}
