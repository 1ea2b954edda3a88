package dev.docket.postgres;

import dev.docket.JobState;
import dev.docket.spi.Change;
import dev.docket.spi.JobFilter;
import dev.docket.spi.JobQueries;
import dev.docket.spi.JobRecord;
import dev.docket.spi.ListParams;
import dev.docket.spi.MinuteCount;
import dev.docket.spi.StateCount;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads for the admin model; operator actions are delegated to {@link PgOperatorActions}. */
final class PgJobQueries implements JobQueries {
    private final PgContext ctx;
    private final PgOperatorActions actions;

    PgJobQueries(PgContext ctx, PgOperatorActions actions) {
        this.ctx = ctx;
        this.actions = actions;
    }

    @Override
    public Optional<JobRecord> find(long id) {
        return ctx.db().call("finding job " + id, c -> {
            List<JobRecord> found = new ArrayList<>(1);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + JobRows.columns("j") + " FROM " + ctx.jobs + " AS j WHERE j.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        found.add(JobRows.read(rs));
                    }
                }
            }
            return JobRows.withErrors(c, ctx, found).stream().findFirst();
        });
    }

    @Override
    public List<JobRecord> list(ListParams params) {
        FilterSql filter = FilterSql.of(ctx, params.filter(), null);
        String sql = "SELECT " + JobRows.columns("j") + " FROM " + ctx.jobs + " AS j WHERE " + filter.where()
                + (params.beforeId() != null ? " AND j.id < ?" : "") + " ORDER BY j.id DESC LIMIT ?";
        return ctx.db().call("listing jobs", c -> {
            List<JobRecord> page = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = filter.bind(c, ps, 1);
                if (params.beforeId() != null) {
                    ps.setLong(i++, params.beforeId());
                }
                ps.setInt(i, params.limit());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        page.add(JobRows.read(rs));
                    }
                }
            }
            return JobRows.withErrors(c, ctx, page);
        });
    }

    @Override
    public List<StateCount> countByQueueAndState() {
        return ctx.db().call("counting jobs", c -> {
            List<StateCount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT queue, state, count(*) FROM " + ctx.jobs
                    + " GROUP BY queue, state ORDER BY queue, state");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StateCount(rs.getString(1), JobState.parse(rs.getString(2)), rs.getLong(3)));
                }
            }
            return out;
        });
    }

    @Override
    public Map<String, Duration> queueLatency(Instant now) {
        return ctx.db().call("measuring queue latency", c -> {
            Map<String, Duration> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT queue, min(run_at), " + PgContext.NOW
                    + " FROM " + ctx.jobs + " WHERE state = 'available' GROUP BY queue ORDER BY queue")) {
                ctx.bindNow(ps, 1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Duration waited = Duration.between(JobRows.instant(rs, 2), JobRows.instant(rs, 3));
                        out.put(rs.getString(1), waited.isNegative() ? Duration.ZERO : waited);
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<MinuteCount> finishedPerMinute(Duration window, Instant now) {
        return ctx.db().call("counting finished jobs per minute", c -> {
            List<MinuteCount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT date_trunc('minute', finished_at, 'UTC') AS m,"
                    + " state, count(*) FROM " + ctx.jobs
                    + " WHERE state IN ('succeeded', 'dead', 'cancelled')"
                    + " AND finished_at >= " + PgContext.NOW + " - ?::int8 * interval '1 millisecond'"
                    + " GROUP BY m, state ORDER BY m, state")) {
                ctx.bindNow(ps, 1, now);
                ps.setLong(2, window.toMillis());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MinuteCount(JobRows.instant(rs, 1), JobState.parse(rs.getString(2)),
                                rs.getLong(3)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Change retry(long id, Instant now) {
        return actions.retry(id, now);
    }

    @Override
    public Change cancel(long id, Instant now) {
        return actions.cancel(id, now);
    }

    @Override
    public Change delete(long id) {
        return actions.delete(id);
    }

    @Override
    public int retryMatching(JobFilter filter, int limit, Instant now) {
        return actions.retryMatching(filter, limit, now);
    }

    @Override
    public int deleteMatching(JobFilter filter, int limit) {
        return actions.deleteMatching(filter, limit);
    }
}
