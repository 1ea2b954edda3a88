package dev.docket.internal;

import dev.docket.Docket;
import dev.docket.Enqueued;
import dev.docket.JobRequest;
import dev.docket.admin.DocketAdmin;
import dev.docket.admin.ExternalWorkers;
import dev.docket.internal.admin.DefaultAdmin;
import dev.docket.internal.admin.DefaultExternalWorkers;
import dev.docket.internal.enqueue.Enqueuer;
import dev.docket.admin.ScheduleAdmin;
import dev.docket.internal.schedule.DefaultScheduleAdmin;
import dev.docket.internal.maintenance.MaintenanceRunner;
import dev.docket.internal.support.Events;
import dev.docket.internal.worker.OutcomePolicy;
import dev.docket.internal.worker.ProcessIdentity;
import dev.docket.internal.worker.WorkerPool;
import dev.docket.spi.Store;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Docket} behind the builder: wires the enqueuer, the worker pool, maintenance, the
 * admin model and the external-worker protocol to one store, and runs their lifecycle.
 */
public final class DocketRuntime implements Docket {
    private static final Logger log = LoggerFactory.getLogger(DocketRuntime.class);

    private final DocketSettings settings;
    private final Store store;
    private final ProcessIdentity identity;
    private final WakeUps wakeUps;
    private final Enqueuer enqueuer;
    private final DocketAdmin admin;
    private final ScheduleAdmin scheduleAdmin;
    private final ExternalWorkers external;
    private final RuntimeParts parts;
    private final Object lifecycle = new Object();
    private AutoCloseable subscription;
    private boolean started;
    private volatile boolean closed;

    private DocketRuntime(DocketSettings settings) {
        this.settings = settings;
        this.store = settings.store();
        this.identity = ProcessIdentity.current(settings.processName(), settings.clock().instant());
        this.parts = new RuntimeParts(settings, identity);
        this.wakeUps = parts.wakeUps();
        Events events = new Events(settings.listeners());
        this.enqueuer = new Enqueuer(store.jobs(), settings.clock(), parts.jobRequests(), events, wakeUps::jobsAvailable);
        this.scheduleAdmin = new DefaultScheduleAdmin(store.schedules(), settings.clock(), parts.scheduleJson(), enqueuer);
        this.admin = new DefaultAdmin(store, settings.clock(), settings.queues(), settings.listeners(), scheduleAdmin);
        this.external = new DefaultExternalWorkers(store, settings.clock(), settings.types(),
                new OutcomePolicy(settings.defaultBackoff(), RandomGenerator.getDefault()), wakeUps.externalWaiters());
    }

    /** Builds a runtime and brings the store's schema up to date. */
    public static Docket create(DocketSettings settings, Map<String, Integer> queues) {
        Objects.requireNonNull(settings, "settings");
        try {
            settings.store().migrate();
        } catch (RuntimeException e) {
            settings.store().close();
            throw e;
        }
        return new DocketRuntime(settings);
    }

    @Override
    public Docket start() {
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("this Docket is closed; build a new one");
            }
            if (started) {
                return this;
            }
            started = true;
            saveDeclaredSchedules();
            subscription = store.notifier().subscribe(wakeUps);
            WorkerPool pool = parts.workerPool();
            wakeUps.attach(pool);
            pool.start();
            MaintenanceRunner maintenance = parts.maintenance();
            if (maintenance != null) {
                maintenance.start();
            }
            log.info("Docket started on {} as {}: queues {}, handling {}", store.info().description(), identity.id(),
                    settings.queues(), settings.types().handledNames());
        }
        return this;
    }

    @Override
    public boolean isRunning() {
        synchronized (lifecycle) {
            return started && !closed;
        }
    }

    @Override
    public List<Enqueued> enqueueAll(List<JobRequest> requests) {
        checkOpen();
        return enqueuer.enqueue(requests, null);
    }

    @Override
    public List<Enqueued> enqueueAll(Connection transaction, List<JobRequest> requests) {
        checkOpen();
        Objects.requireNonNull(transaction, "transaction");
        if (!store.info().transactionalInsert()) {
            throw new UnsupportedOperationException("the " + store.info().kind()
                    + " store cannot join a JDBC transaction; use a PostgreSQL or SQLite store");
        }
        return enqueuer.enqueue(requests, transaction);
    }

    @Override
    public DocketAdmin admin() {
        return admin;
    }

    @Override
    public ExternalWorkers externalWorkers() {
        return external;
    }

    /** Saves the schedules declared with the builder (done by {@link #start()}; the test kit calls it too). */
    public void saveDeclaredSchedules() {
        settings.schedules().forEach(scheduleAdmin::putSchedule);
    }

    /** The parts of this runtime, for the test kit's manual driving. */
    public RuntimeParts parts() {
        return parts;
    }

    /** The settings this runtime was built with. */
    public DocketSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        close(settings.shutdownGrace());
    }

    @Override
    public void close(Duration grace) {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            if (started) {
                MaintenanceRunner maintenance = parts.maintenance();
                if (maintenance != null) {
                    maintenance.stop();
                }
                parts.workerPool().stop(grace);
                closeQuietly(subscription);
                log.info("Docket stopped ({})", identity.id());
            }
            parts.elector().resign();
            store.close();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this Docket is closed");
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                log.debug("unsubscribe failed", e);
            }
        }
    }
}
