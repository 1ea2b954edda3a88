package dev.docket.postgres;

import dev.docket.jdbc.Sql;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * What every part of the store shares: the schema and its qualified table names, the connection
 * helper, the clock mode, the notification channel and the claims' start hints.
 *
 * <p>Time: every statement takes the caller's {@code now} as {@code COALESCE(?::timestamptz, now())}.
 * With the database clock on, {@link #now(Instant)} binds {@code NULL}, so one set of SQL serves
 * both modes.
 */
final class PgContext {
    /** The expression SQL uses for "now". */
    static final String NOW = "COALESCE(?::timestamptz, now())";
    /**
     * The fence of a write to a batch of running attempts, {@code j} joined with the batch {@code u}
     * on the primary key. There is no second condition on id: with one ({@code id = ANY(...)}) the
     * planner may walk the whole running-leases index instead, stale entries and all. For the same
     * reason the state test is written so that it cannot match that partial index's predicate:
     * when the statistics say few jobs run (a table vacuumed almost empty), the planner would
     * otherwise hash-join the batch against every entry of that index, dead ones included, which
     * took hundreds of milliseconds per batch.
     */
    static final String RUNNING_FENCE = " WHERE j.id = u.id AND (j.state = 'running') IS TRUE AND j.attempt = u.attempt";
    /**
     * The fence of a write to a batch of running jobs that share one attempt number and carry no
     * text of their own, with {@code c.ids} and {@code c.attempts} its arrays: no join at all, so
     * the rows are reached through the primary key ({@code id = ANY}) whatever the statistics say.
     * With the join, a table vacuumed almost empty made the planner walk the whole primary key,
     * dead entries and all, for every batch.
     */
    static final String UNIFORM_FENCE = " WHERE j.id = ANY(c.ids) AND (j.state = 'running') IS TRUE"
            + " AND j.attempt = c.attempts[1]";

    /**
     * Whether a batch suits {@link #UNIFORM_FENCE}: every attempt number the same and every text
     * (result, progress) absent.
     */
    static boolean uniform(Integer[] attempts, String[] texts) {
        for (int i = 0; i < attempts.length; i++) {
            if (!attempts[i].equals(attempts[0]) || (texts != null && texts[i] != null)) {
                return false;
            }
        }
        return true;
    }

    private final String schema;
    private final Db db;
    private final boolean databaseClock;
    private final String channel;
    private final ClaimHints claimHints = new ClaimHints();
    private final RunningRowWrites runningRowWrites = new RunningRowWrites();
    final String jobs;
    final String errors;
    final String queues;
    final String processes;
    final String leaders;
    /**
     * A common table expression deleting the error rows of the jobs a {@code gone} expression
     * before it deleted (returning their {@code id}): error rows go with their job, in one step.
     */
    final String errorsOfGone;

    PgContext(String schema, Db db, boolean databaseClock) {
        this.schema = normalizeSchema(schema);
        this.db = db;
        this.databaseClock = databaseClock;
        this.channel = channelFor(this.schema);
        this.jobs = this.schema + ".docket_jobs";
        this.errors = this.schema + ".docket_errors";
        this.queues = this.schema + ".docket_queues";
        this.processes = this.schema + ".docket_processes";
        this.leaders = this.schema + ".docket_leaders";
        this.errorsOfGone = " errors_gone AS (DELETE FROM " + errors
                + " WHERE job_id = ANY(ARRAY(SELECT id FROM gone)))";
    }

    /** Runs a query whose one row is a count, and returns the count. */
    static int count(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Checks a schema name and folds it to lower case, as PostgreSQL folds unquoted identifiers.
     *
     * @throws IllegalArgumentException naming the problem
     */
    static String normalizeSchema(String schema) {
        return Sql.checkIdentifier("schema name", schema).toLowerCase(Locale.ROOT);
    }

    /**
     * The LISTEN/NOTIFY channel of a schema: {@code docket_<schema>}, shortened with a checksum
     * when that would pass PostgreSQL's 63-byte identifier limit.
     */
    static String channelFor(String schema) {
        String full = "docket_" + schema;
        if (full.length() <= 63) {
            return full;
        }
        CRC32 crc = new CRC32();
        crc.update(schema.getBytes(StandardCharsets.UTF_8));
        return full.substring(0, 54) + "_" + String.format("%08x", crc.getValue());
    }

    String schema() {
        return schema;
    }

    Db db() {
        return db;
    }

    boolean databaseClock() {
        return databaseClock;
    }

    String channel() {
        return channel;
    }

    /** Where claims may start; every path that makes jobs available out of order drops them. */
    ClaimHints claimHints() {
        return claimHints;
    }

    /** Where outcomes, renewals and releases wait their turn, so they never deadlock each other. */
    RunningRowWrites runningRowWrites() {
        return runningRowWrites;
    }

    /** Binds {@link #NOW}'s parameter: {@code null} with the database clock, else {@code now}. */
    void bindNow(PreparedStatement ps, int index, Instant now) throws SQLException {
        ps.setObject(index, databaseClock ? null : timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    /** Binds a timestamptz parameter, {@code null} allowed. */
    static void bindInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setObject(index, timestamp(instant), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    /** {@code instant} as text PostgreSQL reads as a timestamptz (for arrays), to the microsecond. */
    static String text(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).toString();
    }

    /** {@code instant} as a value for a timestamptz parameter, to the microsecond. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null
                : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
