package dev.docket.internal;

import dev.docket.internal.maintenance.DueJobStager;
import dev.docket.internal.maintenance.Elector;
import dev.docket.internal.maintenance.JobPruner;
import dev.docket.internal.maintenance.LeaseRescuer;
import dev.docket.internal.maintenance.MaintenanceRunner;
import dev.docket.internal.maintenance.MaintenanceTask;
import dev.docket.internal.maintenance.ProcessReaper;
import dev.docket.internal.enqueue.JobRequests;
import dev.docket.internal.schedule.ScheduleFirer;
import dev.docket.internal.schedule.ScheduleJson;
import dev.docket.internal.support.Events;
import dev.docket.internal.support.Signal;
import dev.docket.internal.support.Threads;
import dev.docket.internal.worker.Completer;
import dev.docket.internal.worker.JobRunner;
import dev.docket.internal.worker.LeaseKeeper;
import dev.docket.internal.worker.OutcomePolicy;
import dev.docket.internal.worker.ProcessHeartbeat;
import dev.docket.internal.worker.ProcessIdentity;
import dev.docket.internal.worker.QueueWorker;
import dev.docket.internal.worker.RunningJobs;
import dev.docket.internal.worker.Watchdog;
import dev.docket.internal.worker.WorkerPool;
import dev.docket.spi.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.random.RandomGenerator;

/**
 * Builds the runtime's components from the settings, with the timings derived in one place:
 * leases renewed every third of the lease, rescue checked at least as often, leadership held
 * with a lease four times its renewal interval.
 */
public final class RuntimeParts {
    /** How often the leader looks for due schedules. */
    static final Duration FIRE_EVERY = Duration.ofMillis(250);
    /** A tick later than this is missed, and follows its schedule's catch-up policy. */
    static final Duration MISFIRE_AFTER = Duration.ofSeconds(5);
    /** How often the leader prunes finished jobs (more often while it is behind). */
    static final Duration PRUNE_EVERY = Duration.ofSeconds(10);

    private final DocketSettings settings;
    private final ProcessIdentity identity;
    private final RunningJobs running = new RunningJobs();
    private final WakeUps wakeUps;
    private final Completer completer;
    private final LeaseKeeper leaseKeeper;
    private final Watchdog watchdog;
    private final JobRunner runner;
    private final List<MaintenanceTask> tasks;
    private final JobRequests jobRequests;
    private final ScheduleJson scheduleJson;
    private final Elector elector;
    private WorkerPool pool;
    private MaintenanceRunner maintenance;

    RuntimeParts(DocketSettings settings, ProcessIdentity identity) {
        this.settings = settings;
        this.identity = identity;
        Store store = settings.store();
        Clock clock = settings.clock();
        Events events = new Events(settings.listeners());
        this.wakeUps = new WakeUps(running);
        this.completer = new Completer(store.jobs(), clock, running, events, settings.outcomeBatchMax(),
                !settings.succeededRetention().isZero());
        this.leaseKeeper = new LeaseKeeper(store.jobs(), clock, running, settings.lease());
        this.watchdog = new Watchdog(clock, running);
        this.runner = new JobRunner(clock, settings.json(), settings.types(), settings.defaultTimeout(),
                new OutcomePolicy(settings.defaultBackoff(), RandomGenerator.getDefault()), completer, running,
                leaseKeeper, events);
        Duration lease = settings.lease();
        Duration rescueEvery = min(Duration.ofSeconds(5), lease.dividedBy(3));
        Duration stageEvery = min(Duration.ofSeconds(1), settings.pollInterval());
        this.jobRequests = new JobRequests(settings.types(), settings.json(), settings.defaultMaxAttempts());
        this.scheduleJson = new ScheduleJson(settings.json());
        this.elector = new Elector(store.leaders(), clock, "maintenance", identity.id(), electEvery().multipliedBy(4));
        this.tasks = List.of(
                new ScheduleFirer(store, clock, elector, FIRE_EVERY, MISFIRE_AFTER, scheduleJson, jobRequests,
                        RandomGenerator.getDefault(), wakeUps::jobsAvailable),
                new DueJobStager(store.jobs(), clock, stageEvery, wakeUps::jobsAvailable),
                new LeaseRescuer(store.jobs(), clock, rescueEvery, settings.maxLosses(), wakeUps::jobsAvailable),
                new JobPruner(store.jobs(), clock, PRUNE_EVERY, settings.succeededRetention(),
                        settings.deadRetention(), settings.cancelledRetention()),
                new ProcessReaper(store.processes(), clock, Duration.ofMinutes(1), lease.multipliedBy(3)));
    }

    JobRequests jobRequests() {
        return jobRequests;
    }

    ScheduleJson scheduleJson() {
        return scheduleJson;
    }

    WakeUps wakeUps() {
        return wakeUps;
    }

    public RunningJobs running() {
        return running;
    }

    public Completer completer() {
        return completer;
    }

    public JobRunner runner() {
        return runner;
    }

    public Watchdog watchdog() {
        return watchdog;
    }

    public LeaseKeeper leaseKeeper() {
        return leaseKeeper;
    }

    public Elector elector() {
        return elector;
    }

    /** The maintenance duties, in the order the leader runs them. */
    public List<MaintenanceTask> maintenanceTasks() {
        return tasks;
    }

    /** The worker pool (built on first use). */
    public synchronized WorkerPool workerPool() {
        if (pool == null) {
            pool = buildPool();
        }
        return pool;
    }

    /** The maintenance runner, or {@code null} when this process does no maintenance. */
    synchronized MaintenanceRunner maintenance() {
        if (maintenance == null && settings.maintenance()) {
            maintenance = new MaintenanceRunner(elector, tasks, settings.clock(), min(FIRE_EVERY,
                    settings.pollInterval()), electEvery());
        }
        return maintenance;
    }

    private WorkerPool buildPool() {
        Store store = settings.store();
        Set<String> handled = settings.types().handledNames();
        boolean anyWork = settings.claimUnknownTypes() || !handled.isEmpty();
        boolean virtual = settings.virtualThreads() == null ? Threads.virtualAvailable() : settings.virtualThreads();
        int slots = settings.queues().values().stream().mapToInt(Integer::intValue).sum();
        ExecutorService handlers = Threads.handlerExecutor("docket-worker", virtual, Math.max(1, slots));
        Signal idle = new Signal();
        QueueWorker.Setup setup = new QueueWorker.Setup(store.jobs(), settings.clock(), running, runner, handlers,
                settings.claimUnknownTypes() ? Set.of() : handled, settings.lease(), settings.pollInterval(),
                settings.fetchBatchMax(), identity.id(), idle, settings.maxLosses());
        List<QueueWorker> workers = new ArrayList<>();
        if (anyWork) {
            settings.queues().forEach((queue, concurrency) -> workers.add(new QueueWorker(queue, concurrency, setup)));
        }
        ProcessHeartbeat heartbeat = new ProcessHeartbeat(store.processes(), settings.clock(), identity,
                settings.queues(), running::size);
        return new WorkerPool(store.jobs(), settings.clock(), running, completer, leaseKeeper, watchdog, heartbeat,
                settings.heartbeatInterval(), handlers, workers, idle);
    }

    private Duration electEvery() {
        return min(Duration.ofSeconds(5), settings.lease().dividedBy(6));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
