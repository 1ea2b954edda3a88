package dev.docket.postgres;

import dev.docket.JobState;
import dev.docket.jdbc.Sql;
import dev.docket.spi.JobFilter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A {@link JobFilter} as SQL conditions on the jobs table aliased {@code j}, with the values to
 * bind. Search is a case-insensitive substring ({@code ILIKE}, wildcards escaped) of the arguments
 * or of any error message.
 */
final class FilterSql {
    private final StringBuilder where = new StringBuilder("TRUE");
    private final List<Object> values = new ArrayList<>();
    private final List<Boolean> arrays = new ArrayList<>();

    private FilterSql() {
    }

    /**
     * The conditions for {@code filter}, with the states further limited to {@code allowed} (all
     * states when null).
     */
    static FilterSql of(PgContext ctx, JobFilter filter, Collection<JobState> allowed) {
        FilterSql f = new FilterSql();
        List<String> states = new ArrayList<>();
        for (JobState s : JobState.values()) {
            boolean wanted = filter.states().isEmpty() || filter.states().contains(s);
            if (wanted && (allowed == null || allowed.contains(s))) {
                states.add(s.wireName());
            }
        }
        if (!filter.states().isEmpty() || allowed != null) {
            f.add(" AND j.state = ANY(?::text[])", states.toArray(new String[0]), true);
        }
        if (filter.queue() != null) {
            f.add(" AND j.queue = ?", filter.queue(), false);
        }
        if (filter.type() != null) {
            f.add(" AND j.type = ?", filter.type(), false);
        }
        if (filter.worker() != null) {
            f.add(" AND j.worker = ?", filter.worker(), false);
        }
        if (filter.search() != null) {
            String pattern = Sql.likeContains(filter.search());
            f.where.append(" AND (j.args ILIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM ").append(ctx.errors)
                    .append(" AS e WHERE e.job_id = j.id AND e.message ILIKE ? ESCAPE '\\'))");
            f.values.add(pattern);
            f.arrays.add(false);
            f.values.add(pattern);
            f.arrays.add(false);
        }
        return f;
    }

    private void add(String condition, Object value, boolean array) {
        where.append(condition);
        values.add(value);
        arrays.add(array);
    }

    /** The conditions, starting with {@code TRUE}. */
    String where() {
        return where.toString();
    }

    /** Binds the values from parameter {@code first}; returns the next parameter index. */
    int bind(Connection c, PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (int k = 0; k < values.size(); k++) {
            if (arrays.get(k)) {
                ps.setArray(i++, c.createArrayOf("text", (Object[]) values.get(k)));
            } else {
                ps.setString(i++, (String) values.get(k));
            }
        }
        return i;
    }
}
