package dev.docket.memory;

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

/**
 * A store that keeps everything in this process's memory, for tests and demos: no files, no
 * database, nothing survives {@link #close()}. It always uses the {@code now} each call passes,
 * so tests drive time with a manual clock. One lock makes every call atomic; indexes keep claims,
 * staging, rescues and pruning from scanning the whole table. Open it with {@code memory:} (any
 * text after the colon names it) or construct it directly.
 */
public final class MemoryStore implements Store {
    private final StoreInfo info;
    private final Guard guard;
    private final Notifier notifier = new LocalNotifier();
    private final MemoryJobStore jobs;
    private final MemoryQueries queries;
    private final MemoryQueues queues;
    private final MemoryProcesses processes;
    private final MemoryLeaders leaders;
    private final MemorySchedules schedules;

    /** An unnamed store. */
    public MemoryStore() {
        this("memory");
    }

    /** A store named {@code name} (shown in {@link StoreInfo#description()} and errors). */
    public MemoryStore(String name) {
        String n = name == null || name.isBlank() ? "memory" : name;
        this.info = new StoreInfo("memory", "in-memory store '" + n + "'", false, false, false, false);
        this.guard = new Guard(n);
        JobTable table = new JobTable();
        this.queues = new MemoryQueues(guard, notifier);
        this.jobs = new MemoryJobStore(guard, table, queues, notifier);
        this.queries = new MemoryQueries(guard, table, notifier);
        this.processes = new MemoryProcesses(guard);
        this.leaders = new MemoryLeaders(guard);
        this.schedules = new MemorySchedules(guard, jobs, leaders);
    }

    @Override
    public StoreInfo info() {
        return info;
    }

    /** Nothing to create: the tables are ready when the store is. */
    @Override
    public void migrate() {
        guard.checkOpen("migrating");
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
    public ProcessStore processes() {
        return processes;
    }

    @Override
    public LeaderStore leaders() {
        return leaders;
    }

    @Override
    public ScheduleStore schedules() {
        return schedules;
    }

    /** A {@link LocalNotifier}: reaches subscribers of this instance only. */
    @Override
    public Notifier notifier() {
        return notifier;
    }

    @Override
    public void ping() {
        guard.checkOpen("pinging");
    }

    @Override
    public void close() {
        guard.close();
    }

    @Override
    public String toString() {
        return info.description();
    }
}
