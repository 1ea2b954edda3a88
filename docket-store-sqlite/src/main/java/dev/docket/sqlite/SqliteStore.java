package dev.docket.sqlite;

import dev.docket.jdbc.Sql;
import dev.docket.spi.JobQueries;
import dev.docket.spi.JobStore;
import dev.docket.spi.LeaderStore;
import dev.docket.spi.LocalNotifier;
import dev.docket.spi.Notifier;
import dev.docket.spi.ProcessStore;
import dev.docket.spi.QueueStore;
import dev.docket.spi.ScheduleStore;
import dev.docket.spi.Store;
import dev.docket.spi.StoreInfo;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;

/**
 * Docket's default store: one SQLite file, durable (WAL, {@code synchronous=FULL}: an acknowledged
 * insert survives a crash), shareable by several processes on one machine.
 *
 * <p>Writes go through one writer thread that commits the requests waiting for it as one
 * transaction (group commit); reads use a small pool of read connections. SQLite has no
 * cross-process notifications, so {@link #notifier()} reaches this store instance's subscribers
 * only and workers also poll.
 *
 * <pre>{@code
 * Store store = SqliteStore.builder().path(Path.of("docket-data/docket.db")).build();
 * store.migrate();
 * }</pre>
 *
 * <p>Teams that manage their schema with their own tool can print it with {@link #schemaScript()}
 * and build the store with {@code migrate(false)}.
 */
public final class SqliteStore implements Store {
    private final SqliteFile file;
    private final boolean databaseClock;
    private final boolean migrate;
    private final LocalNotifier notifier = new LocalNotifier();
    private final Writer writer;
    private final ReadPool reads;
    private final StoreInfo info;
    private final SqliteJobStore jobs;
    private final SqliteJobQueries queries;
    private final SqliteQueueStore queues;
    private final SqliteProcessStore processes;
    private final SqliteLeaderStore leaders;
    private final SqliteScheduleStore schedules;

    private SqliteStore(Builder b) {
        this.file = new SqliteFile(b.path, b.busyTimeout);
        this.databaseClock = b.databaseClock;
        this.migrate = b.migrate;
        file.createDirectories();
        Connection connection;
        try {
            connection = file.openWriter();
        } catch (SQLException e) {
            throw Sql.failure("opening the SQLite store " + file.path(), e);
        }
        this.writer = new Writer(connection, databaseClock, notifier, "docket-sqlite-writer " + file.path().getFileName());
        this.reads = new ReadPool(file, b.readConnections);
        this.info = new StoreInfo("sqlite", "sqlite:" + file.path(), true, databaseClock, true, false);
        this.jobs = new SqliteJobStore(writer, file, databaseClock);
        this.queries = new SqliteJobQueries(writer, reads, databaseClock);
        this.queues = new SqliteQueueStore(writer, reads);
        this.processes = new SqliteProcessStore(writer, reads);
        this.leaders = new SqliteLeaderStore(writer, reads, databaseClock);
        this.schedules = new SqliteScheduleStore(writer, reads);
    }

    /** A builder; {@link Builder#path(Path)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The whole schema as SQL, for teams that apply it with their own migration tool. */
    public static String schemaScript() {
        return Schema.migrator().script();
    }

    /** The database file. */
    public Path path() {
        return file.path();
    }

    /** The single writer, for the module's tests. */
    Writer writer() {
        return writer;
    }

    @Override
    public StoreInfo info() {
        return info;
    }

    /**
     * Creates or upgrades the schema (safe from many processes at once); when built with
     * {@code migrate(false)}, only checks that the schema is current.
     *
     * @throws dev.docket.StoreException when migrating fails or the schema is not current
     */
    @Override
    public void migrate() {
        if (migrate) {
            Schema.migrate(file);
        } else {
            Schema.check(file, reads);
        }
    }

    @Override
    public JobStore jobs() {
        return jobs;
    }

    @Override
    public JobQueries queries() {
        return queries;
    }

    @Override
    public QueueStore queues() {
        return queues;
    }

    @Override
    public ScheduleStore schedules() {
        return schedules;
    }

    @Override
    public ProcessStore processes() {
        return processes;
    }

    @Override
    public LeaderStore leaders() {
        return leaders;
    }

    @Override
    public Notifier notifier() {
        return notifier;
    }

    @Override
    public void ping() {
        reads.read("pinging the SQLite store " + file.path(), c -> {
            try (var st = c.createStatement()) {
                st.execute("SELECT 1");
            }
            return null;
        });
    }

    /** Finishes the queued writes, then closes the connections and the writer thread. Idempotent. */
    @Override
    public void close() {
        writer.close();
        reads.close();
    }

    @Override
    public String toString() {
        return "SqliteStore[" + file.path() + "]";
    }

    /** Settings of a {@link SqliteStore}; checked when built. */
    public static final class Builder {
        private Path path;
        private boolean databaseClock = true;
        private boolean migrate = true;
        private Duration busyTimeout = Duration.ofSeconds(30);
        private int readConnections = 4;

        private Builder() {
        }

        /** The database file; missing parent directories are created. Required. */
        public Builder path(Path value) {
            this.path = Objects.requireNonNull(value, "path");
            return this;
        }

        /**
         * Whether leases, due times and retention use the operating system's clock read by SQLite
         * (default true) rather than the {@code now} the runtime passes (tests, manual clocks).
         */
        public Builder databaseClock(boolean value) {
            this.databaseClock = value;
            return this;
        }

        /** Whether {@link SqliteStore#migrate()} applies migrations (default true) or only checks the version. */
        public Builder migrate(boolean value) {
            this.migrate = value;
            return this;
        }

        /** How long a write waits for another process holding the write lock (default 30 s). */
        public Builder busyTimeout(Duration value) {
            Objects.requireNonNull(value, "busyTimeout");
            if (value.isNegative()) {
                throw new IllegalArgumentException("busyTimeout must not be negative, was " + value);
            }
            this.busyTimeout = value;
            return this;
        }

        /** How many read connections the store may open (default 4). */
        public Builder readConnections(int value) {
            if (value < 1 || value > 64) {
                throw new IllegalArgumentException("readConnections must be 1-64, was " + value);
            }
            this.readConnections = value;
            return this;
        }

        /**
         * Opens the store (the caller runs {@link SqliteStore#migrate()}).
         *
         * @throws IllegalStateException when no path was given
         * @throws dev.docket.StoreException when the file cannot be opened
         */
        public SqliteStore build() {
            if (path == null) {
                throw new IllegalStateException("SqliteStore needs a path: SqliteStore.builder().path(Path.of(...))");
            }
            return new SqliteStore(this);
        }
    }
}
