package dev.docket.internal.admin;

import dev.docket.DocketListener;
import dev.docket.Enqueued;
import dev.docket.admin.ScheduleAdmin;
import dev.docket.admin.ScheduleView;
import dev.docket.schedule.JobSchedule;
import dev.docket.Job;
import dev.docket.JobEvent;
import dev.docket.JobState;
import dev.docket.Queues;
import dev.docket.StoreException;
import dev.docket.admin.ActionResult;
import dev.docket.admin.DocketAdmin;
import dev.docket.admin.Health;
import dev.docket.admin.JobPage;
import dev.docket.admin.JobQuery;
import dev.docket.admin.ProcessView;
import dev.docket.admin.QueueView;
import dev.docket.admin.Stats;
import dev.docket.admin.Throughput;
import dev.docket.internal.support.Events;
import dev.docket.internal.support.JobIds;
import dev.docket.spi.Change;
import dev.docket.spi.JobFilter;
import dev.docket.spi.JobRecord;
import dev.docket.spi.ListParams;
import dev.docket.spi.MinuteCount;
import dev.docket.spi.ProcessRecord;
import dev.docket.spi.QueueRecord;
import dev.docket.spi.StateCount;
import dev.docket.spi.Store;
import dev.docket.spi.StoreDiagnostics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;

/** The admin model over a store. Operator retries are told to listeners as {@link JobEvent.Kind#RETRIED}. */
public final class DefaultAdmin implements DocketAdmin {
    private static final int BULK_LIMIT = 100_000;

    private final Store store;
    private final Clock clock;
    private final Map<String, Integer> localQueues;
    private final Events events;
    private final ScheduleAdmin schedules;

    public DefaultAdmin(Store store, Clock clock, Map<String, Integer> localQueues, List<DocketListener> listeners,
                        ScheduleAdmin schedules) {
        this.store = store;
        this.clock = clock;
        this.localQueues = Map.copyOf(localQueues);
        this.events = new Events(listeners);
        this.schedules = schedules;
    }

    @Override
    public List<ScheduleView> schedules() {
        return schedules.schedules();
    }

    @Override
    public Optional<ScheduleView> schedule(String name) {
        return schedules.schedule(name);
    }

    @Override
    public ScheduleView putSchedule(JobSchedule schedule) {
        return schedules.putSchedule(schedule);
    }

    @Override
    public boolean deleteSchedule(String name) {
        return schedules.deleteSchedule(name);
    }

    @Override
    public Optional<ScheduleView> pauseSchedule(String name) {
        return schedules.pauseSchedule(name);
    }

    @Override
    public Optional<ScheduleView> resumeSchedule(String name) {
        return schedules.resumeSchedule(name);
    }

    @Override
    public Optional<Enqueued> triggerSchedule(String name) {
        return schedules.triggerSchedule(name);
    }

    @Override
    public Optional<Job> job(String id) {
        OptionalLong n = JobIds.parse(id);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        return store.queries().find(n.getAsLong()).map(JobViews::toJob);
    }

    @Override
    public JobPage jobs(JobQuery q) {
        Long before = null;
        if (q.cursor() != null && !q.cursor().isEmpty()) {
            OptionalLong c = JobIds.parse(q.cursor());
            if (c.isEmpty()) {
                throw new IllegalArgumentException("invalid cursor '" + q.cursor() + "'");
            }
            before = c.getAsLong();
        }
        List<JobRecord> records = store.queries().list(new ListParams(filter(q), before, q.limit()));
        List<Job> jobs = records.stream().map(JobViews::toJob).toList();
        String next = records.size() == q.limit() ? JobIds.format(records.get(records.size() - 1).id()) : null;
        return new JobPage(jobs, next);
    }

    @Override
    public Stats stats() {
        Map<JobState, Long> counts = zeroCounts();
        TreeSet<String> queues = new TreeSet<>(localQueues.keySet());
        for (StateCount c : store.queries().countByQueueAndState()) {
            counts.merge(c.state(), c.count(), Long::sum);
            queues.add(c.queue());
        }
        long succeeded = 0;
        long dead = 0;
        long total = 0;
        Instant now = clock.instant();
        for (MinuteCount m : store.queries().finishedPerMinute(Duration.ofMinutes(1), now)) {
            total += m.count();
            if (m.state() == JobState.SUCCEEDED) {
                succeeded += m.count();
            } else if (m.state() == JobState.DEAD) {
                dead += m.count();
            }
        }
        store.queues().list().forEach(r -> queues.add(r.name()));
        return new Stats(counts, total, succeeded, dead, queues.size(), store.processes().list().size());
    }

    @Override
    public List<QueueView> queues() {
        Map<String, Map<JobState, Long>> counts = new TreeMap<>();
        Map<String, Boolean> paused = new TreeMap<>();
        Map<String, Integer> concurrency = new TreeMap<>();
        localQueues.keySet().forEach(q -> counts.computeIfAbsent(q, k -> zeroCounts()));
        for (StateCount c : store.queries().countByQueueAndState()) {
            counts.computeIfAbsent(c.queue(), k -> zeroCounts()).merge(c.state(), c.count(), Long::sum);
        }
        for (QueueRecord r : store.queues().list()) {
            counts.computeIfAbsent(r.name(), k -> zeroCounts());
            paused.put(r.name(), r.paused());
        }
        for (ProcessRecord p : store.processes().list()) {
            p.queues().forEach((q, n) -> {
                counts.computeIfAbsent(q, k -> zeroCounts());
                concurrency.merge(q, n, Integer::sum);
            });
        }
        Map<String, Duration> latency = store.queries().queueLatency(clock.instant());
        List<QueueView> out = new ArrayList<>();
        counts.forEach((q, c) -> out.add(new QueueView(q, paused.getOrDefault(q, false), c,
                concurrency.getOrDefault(q, 0), latency.getOrDefault(q, Duration.ZERO))));
        return out;
    }

    @Override
    public void pauseQueue(String queue) {
        store.queues().setPaused(Queues.checkName(queue), true, clock.instant());
    }

    @Override
    public void resumeQueue(String queue) {
        store.queues().setPaused(Queues.checkName(queue), false, clock.instant());
    }

    @Override
    public ActionResult retry(String id) {
        OptionalLong n = JobIds.parse(id);
        if (n.isEmpty()) {
            return JobViews.toResult(Change.notFound());
        }
        Change c = store.queries().retry(n.getAsLong(), clock.instant());
        if (c.status() == Change.Status.APPLIED && !events.isEmpty()) {
            store.queries().find(n.getAsLong()).ifPresent(r -> events.emit(new JobEvent(JobEvent.Kind.RETRIED,
                    id, r.type(), r.queue(), r.attempt(), r.meta(), clock.instant(), null, null, null)));
        }
        return JobViews.toResult(c);
    }

    @Override
    public ActionResult cancel(String id) {
        OptionalLong n = JobIds.parse(id);
        return JobViews.toResult(n.isEmpty() ? Change.notFound() : store.queries().cancel(n.getAsLong(), clock.instant()));
    }

    @Override
    public ActionResult delete(String id) {
        OptionalLong n = JobIds.parse(id);
        return JobViews.toResult(n.isEmpty() ? Change.notFound() : store.queries().delete(n.getAsLong()));
    }

    @Override
    public int retryAll(JobQuery query) {
        return store.queries().retryMatching(filter(query), BULK_LIMIT, clock.instant());
    }

    @Override
    public int deleteAll(JobQuery query) {
        return store.queries().deleteMatching(filter(query), BULK_LIMIT);
    }

    @Override
    public List<Throughput> throughput(Duration window) {
        Duration w = window.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : window;
        TreeMap<Instant, long[]> byMinute = new TreeMap<>();
        for (MinuteCount m : store.queries().finishedPerMinute(w, clock.instant())) {
            long[] row = byMinute.computeIfAbsent(m.minute(), k -> new long[3]);
            switch (m.state()) {
                case SUCCEEDED -> row[0] += m.count();
                case DEAD -> row[1] += m.count();
                case CANCELLED -> row[2] += m.count();
                default -> { }
            }
        }
        List<Throughput> out = new ArrayList<>();
        byMinute.forEach((minute, row) -> out.add(new Throughput(minute, row[0], row[1], row[2])));
        return out;
    }

    @Override
    public List<ProcessView> processes() {
        return store.processes().list().stream().map(p -> new ProcessView(p.id(), p.name(), p.host(), p.pid(),
                p.startedAt(), p.heartbeatAt(), p.queues(), p.running())).toList();
    }

    @Override
    public Health health() {
        String description = store.info().description();
        try {
            store.ping();
            return new Health(true, description, null);
        } catch (StoreException e) {
            return new Health(false, description, e.getMessage());
        }
    }

    @Override
    public StoreDiagnostics storeDiagnostics() {
        return store.diagnostics();
    }

    private static JobFilter filter(JobQuery q) {
        return new JobFilter(q.states(), q.queue(), q.type(), q.search(), q.worker());
    }

    private static Map<JobState, Long> zeroCounts() {
        Map<JobState, Long> m = new EnumMap<>(JobState.class);
        for (JobState s : JobState.values()) {
            m.put(s, 0L);
        }
        return m;
    }
}
