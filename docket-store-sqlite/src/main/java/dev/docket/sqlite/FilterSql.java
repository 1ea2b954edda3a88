package dev.docket.sqlite;

import dev.docket.JobState;
import dev.docket.jdbc.Sql;
import dev.docket.spi.JobFilter;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A {@link JobFilter} as an SQL condition over {@code docket_jobs j}, with its parameters. Search
 * is a case-insensitive substring (SQLite's {@code LIKE}, which folds ASCII letters) of the
 * arguments or of any error message, with {@code %} and {@code _} escaped.
 */
final class FilterSql {
    private final StringJoiner where = new StringJoiner(" AND ");
    private final List<Object> args = new ArrayList<>();

    private FilterSql() {
    }

    /** The condition for {@code filter}, further restricted to {@code onlyStates} when not null. */
    static FilterSql of(JobFilter filter, List<JobState> onlyStates) {
        FilterSql f = new FilterSql();
        f.where.add("1 = 1");
        if (!filter.states().isEmpty()) {
            f.in("j.state", filter.states().stream().map(JobState::wireName).toList());
        }
        if (onlyStates != null) {
            f.in("j.state", onlyStates.stream().map(JobState::wireName).toList());
        }
        if (filter.queue() != null) {
            f.where.add("j.queue = ?");
            f.args.add(filter.queue());
        }
        if (filter.type() != null) {
            f.where.add("j.type = ?");
            f.args.add(filter.type());
        }
        if (filter.worker() != null) {
            f.where.add("j.worker = ?");
            f.args.add(filter.worker());
        }
        if (filter.search() != null) {
            String pattern = Sql.likeContains(filter.search());
            f.where.add("(j.args_json LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM docket_job_errors e"
                    + " WHERE e.job_id = j.id AND e.message LIKE ? ESCAPE '\\'))");
            f.args.add(pattern);
            f.args.add(pattern);
        }
        return f;
    }

    /** Adds a further condition with its parameters. */
    FilterSql and(String condition, Object... values) {
        where.add(condition);
        args.addAll(List.of(values));
        return this;
    }

    /** The condition, without {@code WHERE}. */
    String sql() {
        return where.toString();
    }

    /** Binds the parameters starting at {@code first}; returns the next free index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object arg : args) {
            ps.setObject(i++, arg);
        }
        return i;
    }

    private void in(String column, List<String> values) {
        StringJoiner p = new StringJoiner(", ", column + " IN (", ")");
        for (String v : values) {
            p.add("?");
            args.add(v);
        }
        where.add(p.toString());
    }
}
