package dev.docket.bench.peers;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * db-scheduler on PostgreSQL with the {@code lock-and-fetch} polling strategy, the one its own
 * performance page (db-scheduler's {@code docs/performance.md}) measures fastest: about 10–12k
 * executions/s against 2–4k for the default {@code fetch}, with 4 scheduler instances.
 *
 * <p>Settings, and why: 20 threads with lower/upper limits of 4.0 and 20.0 times the thread count,
 * the first configuration of that table and the best of its rows on a 2-CPU machine
 * ({@code --workers} changes the threads, the limits stay); a 100 ms polling interval, because with
 * lock-and-fetch a new batch is fetched as soon as the queued executions fall under the lower limit,
 * so the interval only matters while the table is empty;
 * immediate execution on; no shutdown hook; a fixed scheduler name (no host name lookup). The
 * one-time task carries no data (the instance id numbers the job), so nothing is serialized.
 * Jobs are stored with {@code SchedulerClient.scheduleBatch}, which writes JDBC batches of 100.
 */
final class DbSchedulerPeer implements Peer {
    static final int DEFAULT_THREADS = 20;
    static final double LOWER_LIMIT = 4.0;
    static final double UPPER_LIMIT = 20.0;
    static final Duration POLLING_INTERVAL = Duration.ofMillis(100);
    private static final String TABLE_DDL = "db-scheduler-postgresql.sql";

    private final HikariDataSource pool;
    private final OneTimeTask<Void> task;
    private final Scheduler scheduler;
    private final AtomicLong executed;
    private final Map<String, Object> settings;
    private volatile int enqueued;

    private DbSchedulerPeer(HikariDataSource pool, OneTimeTask<Void> task, Scheduler scheduler, AtomicLong executed,
            Map<String, Object> settings) {
        this.pool = pool;
        this.task = task;
        this.scheduler = scheduler;
        this.executed = executed;
        this.settings = settings;
    }

    /** Creates {@code scheduled_tasks} from the DDL db-scheduler documents for PostgreSQL. */
    static void createTables(DataSource direct) {
        try (Connection c = direct.getConnection(); Statement st = c.createStatement()) {
            st.execute(Resources.text(DbSchedulerPeer.class, TABLE_DDL));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create db-scheduler's table: " + e.getMessage(), e);
        }
    }

    static DbSchedulerPeer open(String jdbcUrl, Integer workers) {
        int threads = workers != null ? workers : DEFAULT_THREADS;
        int poolSize = threads + 2;
        AtomicLong executed = new AtomicLong();
        OneTimeTask<Void> task = Tasks.oneTime("noop").execute((instance, context) -> executed.incrementAndGet());
        HikariDataSource pool = PeerPool.open(jdbcUrl, poolSize, "db-scheduler");
        Scheduler scheduler = Scheduler.create(pool, task)
                .threads(threads)
                .pollUsingLockAndFetch(LOWER_LIMIT, UPPER_LIMIT)
                .pollingInterval(POLLING_INTERVAL)
                .enableImmediateExecution()
                .schedulerName(new SchedulerName.Fixed("docket-bench"))
                .build();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("version", PeerVersions.dbScheduler());
        settings.put("threads", threads);
        settings.put("pollingStrategy", "lock-and-fetch");
        settings.put("lowerLimitFractionOfThreads", LOWER_LIMIT);
        settings.put("upperLimitFractionOfThreads", UPPER_LIMIT);
        settings.put("pollingInterval", POLLING_INTERVAL.toString());
        settings.put("immediateExecution", true);
        settings.put("shutdownHook", false);
        settings.put("poolSize", poolSize);
        settings.put("taskData", "none (instance id only)");
        settings.put("enqueue", "SchedulerClient.scheduleBatch (JDBC batches of " + SchedulerClient.DEFAULT_BATCH_SIZE
                + ")");
        return new DbSchedulerPeer(pool, task, scheduler, executed, settings);
    }

    @Override
    public Map<String, Object> settings() {
        return settings;
    }

    @Override
    public void enqueue(int jobs) {
        SchedulerClient client = SchedulerClient.Builder.create(pool, task).build();
        Stream<TaskInstance<?>> instances = IntStream.range(0, jobs).mapToObj(i -> task.instance("job-" + i));
        client.scheduleBatch(instances, Instant.now());
        enqueued = jobs;
    }

    @Override
    public void startWorkers() {
        scheduler.start();
    }

    @Override
    public long executed() {
        return executed.get();
    }

    /** Finished one-time executions are deleted, so the done count is what left the table. */
    @Override
    public long doneInStore() {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM scheduled_tasks")) {
            rs.next();
            return enqueued - rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count db-scheduler's executions: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            scheduler.stop();
        } finally {
            pool.close();
        }
    }
}
