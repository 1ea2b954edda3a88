package dev.docket.sqlite;

import dev.docket.spi.ClaimParams;
import dev.docket.spi.JobRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Claims jobs with one {@code UPDATE … WHERE id IN (SELECT … ORDER BY priority, run_at, id LIMIT ?)
 * RETURNING …}. The selection walks the partial index {@code (queue, priority, run_at, id) WHERE
 * state = 'available'} in order and stops after {@code limit} rows; with several queues each queue
 * is walked that way and the union is ordered again, so no queue's backlog is ever sorted. A paused
 * queue contributes nothing. The write lock of the transaction makes concurrent claims, in this
 * process or another, hand out each job once.
 */
final class Claimer {
    private static final Comparator<JobRecord> CLAIM_ORDER = Comparator.comparingInt(JobRecord::priority)
            .thenComparing(JobRecord::runAt)
            .thenComparingLong(JobRecord::id);

    private static final Map<String, String> SQL = new ConcurrentHashMap<>();

    private Claimer() {
    }

    /** Claims up to {@code params.limit()} jobs, returned in claim order. */
    static List<JobRecord> claim(Tx tx, ClaimParams params) throws SQLException {
        long now = tx.now(params.now());
        List<String> queues = List.copyOf(new LinkedHashSet<>(params.queues()));
        int only = params.onlyTypes().size();
        int except = params.exceptTypes().size();
        PreparedStatement ps = tx.prepare(SQL.computeIfAbsent(queues.size() + "/" + only + "/" + except,
                k -> sql(queues.size(), only, except)));
        int i = 1;
        ps.setLong(i++, now);
        ps.setLong(i++, Times.plus(now, Times.millis(params.lease())));
        ps.setString(i++, params.worker());
        for (String queue : queues) {
            ps.setString(i++, queue);
            ps.setString(i++, queue);
            for (String type : params.onlyTypes()) {
                ps.setString(i++, type);
            }
            for (String type : params.exceptTypes()) {
                ps.setString(i++, type);
            }
            ps.setInt(i++, params.limit());
        }
        if (queues.size() > 1) {
            ps.setInt(i, params.limit());
        }
        List<JobRecord> claimed = new ArrayList<>(params.limit());
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                claimed.add(JobRows.read(rs));
            }
        }
        claimed.sort(CLAIM_ORDER);
        return claimed;
    }

    /** The claim statement for {@code queues} queues and type filters of the given sizes. */
    static String sql(int queues, int only, int except) {
        StringBuilder pick = new StringBuilder();
        if (queues == 1) {
            pick.append(queueSelect("id", only, except));
        } else {
            pick.append("SELECT id FROM (");
            for (int q = 0; q < queues; q++) {
                if (q > 0) {
                    pick.append(" UNION ALL ");
                }
                pick.append("SELECT * FROM (").append(queueSelect("id, priority, run_at", only, except)).append(')');
            }
            pick.append(") ORDER BY priority, run_at, id LIMIT ?");
        }
        return "UPDATE docket_jobs SET state = 'running', attempt = attempt + 1, attempted_at = ?,"
                + " lease_expires_at = ?, worker = ?, cancel_requested = 0"
                + " WHERE id IN (" + pick + ") RETURNING " + JobRows.COLUMNS;
    }

    private static String queueSelect(String columns, int only, int except) {
        StringBuilder sb = new StringBuilder("SELECT ").append(columns)
                .append(" FROM docket_jobs WHERE state = 'available' AND queue = ?")
                .append(" AND NOT EXISTS (SELECT 1 FROM docket_queues WHERE name = ? AND paused = 1)");
        if (only > 0) {
            sb.append(" AND type IN (").append(placeholders(only)).append(')');
        }
        if (except > 0) {
            sb.append(" AND type NOT IN (").append(placeholders(except)).append(')');
        }
        return sb.append(" ORDER BY priority, run_at, id LIMIT ?").toString();
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
