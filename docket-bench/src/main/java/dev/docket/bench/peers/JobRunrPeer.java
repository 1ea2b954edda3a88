package dev.docket.bench.peers;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jobrunr.configuration.JobRunr;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.configuration.BackgroundJobServerThreadType;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.StorageProviderUtils.DatabaseOptions;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.jobrunr.utils.mapper.jackson3.Jackson3JsonMapper;

/**
 * JobRunr (open-source edition) on its PostgreSQL storage provider, configured with its fluent API.
 *
 * <p>Settings, and why: the worker count is JobRunr's own default for the thread type this JVM gets
 * (platform threads before JDK 21: 8 per CPU) unless {@code --workers} says otherwise; the poll
 * interval is 5 s, the smallest JobRunr accepts for a SQL store (it rejects less at start-up) and
 * what JobRunr's own performance tests use; the HikariCP pool has a connection per worker plus two for
 * the server's own threads; succeeded jobs are kept for JobRunr's default 36 hours. Jobs are
 * enqueued with {@code JobScheduler.enqueue(Stream, lambda)}, which JobRunr documents as saving them
 * in bulk.
 */
final class JobRunrPeer implements Peer {
    /** The smallest poll interval JobRunr allows for SQL storage. */
    static final Duration POLL_INTERVAL = Duration.ofSeconds(5);

    private final HikariDataSource pool;
    private final StorageProvider storage;
    private final JobScheduler scheduler;
    private final BackgroundJobServer server;
    private final Map<String, Object> settings;

    private JobRunrPeer(HikariDataSource pool, StorageProvider storage, JobScheduler scheduler,
            BackgroundJobServer server, Map<String, Object> settings) {
        this.pool = pool;
        this.storage = storage;
        this.scheduler = scheduler;
        this.server = server;
        this.settings = settings;
    }

    /** Runs JobRunr's own migrations, as it does at start-up by default. */
    static void createTables(DataSource direct) {
        new PostgresStorageProvider(direct, DatabaseOptions.CREATE).close();
    }

    static JobRunrPeer open(String jdbcUrl, Integer workers) {
        BackgroundJobServerThreadType threads = BackgroundJobServerThreadType.getDefaultThreadType();
        int workerCount = workers != null ? workers : threads.getDefaultWorkerCount();
        int poolSize = workerCount + 2;
        HikariDataSource pool = PeerPool.open(jdbcUrl, poolSize, "jobrunr");
        try {
            StorageProvider storage = new PostgresStorageProvider(pool, DatabaseOptions.SKIP_CREATE);
            BackgroundJobServerConfiguration config = BackgroundJobServerConfiguration
                    .usingStandardBackgroundJobServerConfiguration()
                    .andWorkerCount(workerCount)
                    .andPollInterval(POLL_INTERVAL);
            JobScheduler scheduler = JobRunr.configure()
                    .useJsonMapper(new Jackson3JsonMapper())
                    .useStorageProvider(storage)
                    .useBackgroundJobServerIf(true, config, false)
                    .initialize()
                    .getJobScheduler();
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("version", PeerVersions.jobRunr());
            settings.put("workers", workerCount);
            settings.put("threadType", threads.name());
            settings.put("pollInterval", POLL_INTERVAL.toString());
            settings.put("storageProvider", "PostgresStorageProvider");
            settings.put("poolSize", poolSize);
            settings.put("deleteSucceededJobsAfter",
                    BackgroundJobServerConfiguration.DEFAULT_DELETE_SUCCEEDED_JOBS_DURATION.toString());
            settings.put("jsonMapper", "Jackson3JsonMapper");
            settings.put("enqueue", "JobScheduler.enqueue(Stream, lambda) (bulk save)");
            return new JobRunrPeer(pool, storage, scheduler, JobRunr.getBackgroundJobServer(), settings);
        } catch (RuntimeException e) {
            JobRunr.destroy();
            pool.close();
            throw e;
        }
    }

    @Override
    public Map<String, Object> settings() {
        return settings;
    }

    @Override
    public void enqueue(int jobs) {
        JobRunrNoOp.reset();
        scheduler.enqueue(IntStream.range(0, jobs).boxed(), i -> JobRunrNoOp.run(i));
    }

    @Override
    public void startWorkers() {
        server.start();
    }

    @Override
    public long executed() {
        return JobRunrNoOp.calls();
    }

    @Override
    public long doneInStore() {
        return storage.countJobs(StateName.SUCCEEDED);
    }

    @Override
    public void close() {
        try {
            JobRunr.destroy();
        } finally {
            pool.close();
        }
    }
}
