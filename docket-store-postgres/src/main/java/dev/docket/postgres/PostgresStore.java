package dev.docket.postgres;

import dev.docket.jdbc.Migrator;
import dev.docket.spi.JobQueries;
import dev.docket.spi.JobStore;
import dev.docket.spi.LeaderStore;
import dev.docket.spi.Notifier;
import dev.docket.spi.ProcessStore;
import dev.docket.spi.QueueStore;
import dev.docket.spi.ScheduleStore;
import dev.docket.spi.Store;
import dev.docket.spi.StoreInfo;
import dev.docket.spi.StoreDiagnostics;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Docket's PostgreSQL store: every table in one schema, claims with {@code FOR UPDATE SKIP LOCKED},
 * every hot-path verb one statement per batch, wake-ups through LISTEN/NOTIFY, and the database's
 * clock for leases and due times (so processes with skewed clocks agree).
 *
 * <p>From Java, with a {@link DataSource} you already have:
 * <pre>{@code
 * Store store = PostgresStore.builder().dataSource(ds).schema("docket").build();
 * }</pre>
 * The store never closes a data source it was given; it closes the pool it built from a URL
 * ({@link PostgresStoreProvider}). Inserts can join the caller's transaction
 * ({@link dev.docket.spi.InsertParams#connection()}): the jobs, and their wake-up notification,
 * then exist only if the caller commits. Teams that run their own migration tool build with
 * {@code migrate(false)} and apply {@link #schemaScript(String)}.
 */
public final class PostgresStore implements Store {
    /**
     * The statement that makes a connection's server process keep the memory its statements free
     * (see {@code docs/performance.md}). The pool Docket builds from a URL opens each connection with
     * it; for a pool of your own, set it as the pool's connection init SQL (HikariCP's
     * {@code connectionInitSql}). Harmless on a server whose C library is not glibc.
     */
    public static final String KEEP_BACKEND_MEMORY_SQL = BackendMemory.KEEP;

    private static final Logger log = LoggerFactory.getLogger(PostgresStore.class);

    private final PgContext ctx;
    private final StoreInfo info;
    private final Migrator migrator;
    private final boolean migrateOnStart;
    private final Wakeups wakeups;
    private final JobTableVacuum vacuum;
    private final PgNotifier notifier;
    private final PgJobStore jobs;
    private final PgJobQueries queries;
    private final PgQueueStore queues;
    private final PgProcessStore processes;
    private final PgLeaderStore leaders;
    private final PgScheduleStore schedules;
    private final AutoCloseable ownedPool;
    private final AtomicBoolean closed = new AtomicBoolean();

    PostgresStore(PostgresStoreBuilder b) {
        this.ctx = new PgContext(b.schema, new Db(b.dataSource), b.databaseClock);
        this.info = new StoreInfo("postgres", b.description != null ? b.description
                : "PostgreSQL schema " + ctx.schema() + " via " + b.dataSource.getClass().getSimpleName(),
                true, b.databaseClock, true, true);
        this.migrateOnStart = b.migrate;
        this.migrator = new Migrator(new PgMigrationDialect(ctx.schema()), PgMigrationDialect.migrations(ctx.schema()));
        this.wakeups = new Wakeups(ctx, b.notifyWindow);
        this.notifier = new PgNotifier(ctx, b.listenConnections != null ? b.listenConnections
                : ListenConnections.forDataSource(b.dataSource));
        this.vacuum = new JobTableVacuum(ctx, b.vacuum);
        this.jobs = new PgJobStore(ctx, wakeups, vacuum);
        this.queries = new PgJobQueries(ctx, new PgOperatorActions(ctx, wakeups, notifier));
        this.queues = new PgQueueStore(ctx);
        this.processes = new PgProcessStore(ctx);
        this.leaders = new PgLeaderStore(ctx);
        this.schedules = new PgScheduleStore(ctx, jobs);
        this.ownedPool = b.ownedPool;
    }

    /** A builder for a store on a {@link DataSource}. */
    public static PostgresStoreBuilder builder() {
        return new PostgresStoreBuilder();
    }

    /**
     * The SQL that creates (or brings up to date) Docket's tables in {@code schema}, including the
     * version table, for teams that run Flyway or Liquibase.
     *
     * @throws IllegalArgumentException when {@code schema} is not a plain identifier
     */
    public static String schemaScript(String schema) {
        return new Migrator(new PgMigrationDialect(schema), PgMigrationDialect.migrations(schema)).script();
    }

    /**
     * The URL for a plain JDBC connection to the database of store URL {@code storeUrl}: the same,
     * without Docket's own parameters ({@code poolSize}, {@code keepBackendMemory}, {@code notifyWindowMs}).
     */
    public static String driverUrl(String storeUrl) {
        return PgUrl.withoutDocketParameters(storeUrl);
    }

    /** The schema holding the tables (lower case). */
    public String schema() {
        return ctx.schema();
    }

    /**
     * The shortest time between two of this store's wake-up notifications of a queue (see
     * {@link PostgresStoreBuilder#notifyWindow}).
     */
    public Duration notifyWindow() {
        return wakeups.window();
    }

    @Override
    public StoreInfo info() {
        return info;
    }

    @Override
    public void migrate() {
        if (!migrateOnStart) {
            checkSchemaVersion();
            return;
        }
        ctx.db().call("migrating schema " + ctx.schema(), migrator::migrate);
    }

    /** For stores told not to migrate: the schema must already be at the version this Docket needs. */
    private void checkSchemaVersion() {
        int latest = migrator.latestVersion();
        int current = ctx.db().call("reading the schema version of " + ctx.schema(), c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?)")) {
                ps.setString(1, ctx.schema() + ".docket_schema_version");
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getString(1) == null) {
                        return 0;
                    }
                }
            }
            try (java.sql.Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM " + ctx.schema()
                         + ".docket_schema_version")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        if (current != latest) {
            throw new dev.docket.StoreException("the PostgreSQL schema " + ctx.schema() + " is at version " + current
                    + " but this Docket needs version " + latest + (current < latest
                    ? "; apply PostgresStore.schemaScript(\"" + ctx.schema() + "\") or build the store with migrate(true)"
                    : "; upgrade Docket"));
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

    /** The job verbs with their package-private test hooks. */
    PgJobStore pgJobs() {
        return jobs;
    }

    /** The notifier with its package-private test hooks. */
    PgNotifier pgNotifier() {
        return notifier;
    }

    @Override
    public void ping() {
        ctx.db().call("checking the database", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1")) {
                ps.executeQuery().close();
            }
            return null;
        });
    }

    /** The job table's live and dead rows from {@code pg_stat_user_tables} (the statistics collector's estimates). */
    @Override
    public StoreDiagnostics diagnostics() {
        return ctx.db().call("reading the job table's statistics", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT n_live_tup, n_dead_tup FROM pg_stat_user_tables"
                    + " WHERE schemaname = ? AND relname = 'docket_jobs'")) {
                ps.setString(1, ctx.schema());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new StoreDiagnostics(rs.getLong(1), rs.getLong(2)) : StoreDiagnostics.UNKNOWN;
                }
            }
        });
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        notifier.close();
        wakeups.close();
        vacuum.close();
        if (ownedPool != null) {
            try {
                ownedPool.close();
            } catch (Exception e) {
                log.warn("closing the connection pool of {} failed", info.description(), e);
            }
        }
    }

    @Override
    public String toString() {
        return info.description();
    }
}
