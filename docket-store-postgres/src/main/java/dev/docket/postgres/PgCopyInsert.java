package dev.docket.postgres;

import dev.docket.JobState;
import dev.docket.jdbc.MetaJson;
import dev.docket.spi.InsertResult;
import dev.docket.spi.NewJob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Inserts a large batch of jobs without unique keys through {@code COPY ... FROM STDIN} in binary
 * format. PostgreSQL reads binary rows without parsing text or evaluating expressions, and writes
 * them to the table a page at a time rather than one WAL record per row: on its own it takes
 * 100,000 jobs in about half the time the array-unnesting {@code INSERT} needs.
 *
 * <p>COPY returns nothing, so the ids are drawn first, in input order, from the table's identity
 * sequence (COPY writes given identity values, as {@code OVERRIDING SYSTEM VALUE} would), with
 * the store's "now" in the same round trip; run times and states are then worked out here exactly
 * as the {@code INSERT} works them out: the given run time to the microsecond, else now plus the
 * delay; {@code scheduled} when that lies after now, else {@code available}.
 *
 * <p>The draw and the COPY belong in one transaction. A {@code nextval} that writes the sequence's
 * WAL record (once every 32 values, so every draw of a batch this size) gives its transaction an
 * id, and in auto-commit the draw would wait for its own flush of the WAL to disk before the COPY
 * waited for the next one.
 */
final class PgCopyInsert {
    /** Batches smaller than this go through the {@code INSERT}: its one round trip beats COPY's three. */
    static final int MIN_JOBS = 100;
    private static final long MICROS_1970_TO_2000 = 946_684_800_000_000L;
    private static final int COLUMNS = 13;

    private final PgContext ctx;
    private final String copySql;
    private volatile String idsSql;

    PgCopyInsert(PgContext ctx) {
        this.ctx = ctx;
        this.copySql = "COPY " + ctx.jobs + " (id, type, queue, priority, state, args, meta, max_attempts,"
                + " created_at, run_at, timeout_ms, backoff_initial_ms, backoff_max_ms) FROM STDIN (FORMAT binary)";
    }

    /** Whether this batch goes through COPY on {@code c}: big enough, no unique keys, a pgjdbc connection. */
    static boolean suits(Connection c, List<NewJob> jobs) throws SQLException {
        if (jobs.size() < MIN_JOBS || !c.isWrapperFor(PGConnection.class)) {
            return false;
        }
        for (NewJob j : jobs) {
            if (j.uniqueKey() != null) {
                return false;
            }
        }
        return true;
    }

    /** Inserts {@code jobs} on {@code c} (in the caller's transaction, if any); results in input order. */
    InsertResult[] insert(Connection c, List<NewJob> jobs, Instant now) throws SQLException {
        long[] ids = new long[jobs.size()];
        Instant storeNow = drawIds(c, now, ids);
        InsertResult[] results = new InsertResult[jobs.size()];
        CopyRows rows = new CopyRows(jobs.size() * 160);
        rows.header();
        for (int i = 0; i < ids.length; i++) {
            NewJob j = jobs.get(i);
            Instant runAt = j.runAt() != null ? j.runAt().truncatedTo(ChronoUnit.MICROS)
                    : storeNow.plusMillis(j.delayMs());
            JobState state = runAt.isAfter(storeNow) ? JobState.SCHEDULED : JobState.AVAILABLE;
            rows.row(ids[i], j, state, storeNow, runAt);
            results[i] = new InsertResult(ids[i], state, false);
        }
        rows.trailer();
        try {
            c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn(copySql, new ByteArrayInputStream(rows.bytes(), 0, rows.size()), 1 << 16);
        } catch (IOException e) {
            throw new SQLException("copying " + jobs.size() + " jobs failed: " + e.getMessage(), e);
        }
        return results;
    }

    /** Fills {@code ids} from the identity sequence, in order; returns the store's now. */
    private Instant drawIds(Connection c, Instant now, long[] ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(idsSql(c))) {
            ctx.bindNow(ps, 1, now);
            ps.setInt(2, ids.length);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Instant storeNow = rs.getObject(1, OffsetDateTime.class).toInstant();
                Array array = rs.getArray(2);
                Long[] drawn = (Long[]) array.getArray();
                array.free();
                if (drawn.length != ids.length) {
                    throw new SQLException("drew " + drawn.length + " job ids for " + ids.length + " jobs");
                }
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = drawn[i];
                }
                Arrays.sort(ids); // ids rise in batch order, whatever order the server drew them in
                return storeNow;
            }
        }
    }

    /** The id query, naming the identity sequence once it has been looked up. */
    private String idsSql(Connection c) throws SQLException {
        String sql = idsSql;
        if (sql == null) {
            String sequence;
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_get_serial_sequence(?, 'id')")) {
                ps.setString(1, ctx.jobs);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    sequence = rs.getString(1);
                }
            }
            if (sequence == null) {
                throw new SQLException(ctx.jobs + ".id has no identity sequence");
            }
            sql = "SELECT " + PgContext.NOW + ", ARRAY(SELECT nextval('" + sequence.replace("'", "''")
                    + "'::regclass) FROM generate_series(1, ?) AS g(n) ORDER BY g.n)";
            idsSql = sql;
        }
        return sql;
    }

    /** The rows of one COPY in PostgreSQL's binary copy format. */
    private static final class CopyRows extends BinaryBuffer {
        private String lastType;
        private byte[] lastTypeBytes;
        private String lastQueue;
        private byte[] lastQueueBytes;

        CopyRows(int capacity) {
            super(capacity);
        }

        void header() {
            bytes(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0});
            int32(0);
            int32(0);
        }

        void row(long id, NewJob j, JobState state, Instant createdAt, Instant runAt) {
            int16(COLUMNS);
            int8Field(id);
            if (!j.type().equals(lastType)) {
                lastType = j.type();
                lastTypeBytes = utf8(lastType);
            }
            field(lastTypeBytes);
            if (!j.queue().equals(lastQueue)) {
                lastQueue = j.queue();
                lastQueueBytes = utf8(lastQueue);
            }
            field(lastQueueBytes);
            int32(2);
            int16(j.priority());
            textField(state.wireName());
            textField(j.argsJson());
            jsonbField(MetaJson.write(j.meta()));
            int32(4);
            int32(j.maxAttempts());
            int8Field(micros(createdAt));
            int8Field(micros(runAt));
            nullableInt8Field(j.timeoutMs());
            nullableInt8Field(j.backoffInitialMs());
            nullableInt8Field(j.backoffMaxMs());
        }

        void trailer() {
            int16(-1);
        }

        /** Microseconds since 2000-01-01 UTC: PostgreSQL's binary timestamptz. */
        private static long micros(Instant t) {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000)
                    - MICROS_1970_TO_2000;
        }
    }
}
