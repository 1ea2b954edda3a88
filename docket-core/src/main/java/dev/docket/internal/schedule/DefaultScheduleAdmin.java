package dev.docket.internal.schedule;

import dev.docket.Enqueued;
import dev.docket.JobRequest;
import dev.docket.admin.ScheduleAdmin;
import dev.docket.admin.ScheduleView;
import dev.docket.cron.Schedule;
import dev.docket.internal.enqueue.Enqueuer;
import dev.docket.internal.support.JobIds;
import dev.docket.schedule.JobSchedule;
import dev.docket.spi.PauseScheduleParams;
import dev.docket.spi.ScheduleRecord;
import dev.docket.spi.ScheduleStore;
import dev.docket.spi.UpsertScheduleParams;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Schedules through the admin model: stored definitions, previews of the next runs, pause, trigger. */
public final class DefaultScheduleAdmin implements ScheduleAdmin {
    private static final int PREVIEW = 5;

    private final ScheduleStore store;
    private final Clock clock;
    private final ScheduleJson definitions;
    private final Enqueuer enqueuer;

    public DefaultScheduleAdmin(ScheduleStore store, Clock clock, ScheduleJson definitions, Enqueuer enqueuer) {
        this.store = store;
        this.clock = clock;
        this.definitions = definitions;
        this.enqueuer = enqueuer;
    }

    @Override
    public List<ScheduleView> schedules() {
        List<ScheduleView> out = new ArrayList<>();
        for (ScheduleRecord r : store.list()) {
            view(r).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public Optional<ScheduleView> schedule(String name) {
        return store.find(name).flatMap(this::view);
    }

    /**
     * Saves a schedule. A new one starts from its creation time as the store records it (no
     * watermark yet), not from this process's clock: on a store with the database's clock, a process
     * whose clock ran ahead would otherwise mark the ticks up to its own "now" as handled, and they
     * would never fire. (Its next fire time is only a hint until the first firing.)
     */
    @Override
    public ScheduleView putSchedule(JobSchedule schedule) {
        Instant now = clock.instant();
        Optional<ScheduleRecord> existing = store.find(schedule.name());
        boolean reset = existing.map(r -> !sameTiming(r, schedule)).orElse(true);
        Instant handled = existing.isPresent() ? now : null;
        Instant next = TickPlanner.nextAfter(schedule, schedule.timing(now), now);
        ScheduleRecord saved = store.upsert(new UpsertScheduleParams(schedule.name(), definitions.write(schedule), reset,
                handled, next, schedule.paused(), now));
        return view(saved).orElseThrow();
    }

    @Override
    public boolean deleteSchedule(String name) {
        return store.delete(name);
    }

    @Override
    public Optional<ScheduleView> pauseSchedule(String name) {
        return store.setPaused(new PauseScheduleParams(name, true, null, null, clock.instant())).flatMap(this::view);
    }

    @Override
    public Optional<ScheduleView> resumeSchedule(String name) {
        Instant now = clock.instant();
        Optional<ScheduleRecord> r = store.find(name);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        JobSchedule s = definitions.read(name, r.get().definitionJson());
        Instant next = TickPlanner.nextAfter(s, s.timing(r.get().createdAt()), now);
        return store.setPaused(new PauseScheduleParams(name, false, now, next, now)).flatMap(this::view);
    }

    @Override
    public Optional<Enqueued> triggerSchedule(String name) {
        Optional<ScheduleRecord> r = store.find(name);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        JobSchedule s = definitions.read(name, r.get().definitionJson());
        JobRequest request = ScheduledJobs.request(s, clock.instant(), o -> o.meta("trigger", "manual"));
        return Optional.of(enqueuer.enqueue(List.of(request)).get(0));
    }

    private boolean sameTiming(ScheduleRecord stored, JobSchedule schedule) {
        try {
            return ScheduleJson.sameTiming(definitions.read(stored.name(), stored.definitionJson()), schedule);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Optional<ScheduleView> view(ScheduleRecord r) {
        JobSchedule s;
        try {
            s = definitions.read(r.name(), r.definitionJson());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        List<Instant> next = new ArrayList<>();
        if (!r.paused()) {
            Schedule timing = s.timing(r.createdAt());
            Instant from = r.handledUntil() != null ? r.handledUntil() : r.createdAt();
            Instant now = clock.instant();
            if (from.isBefore(now)) {
                from = now;
            }
            for (Instant t = TickPlanner.nextAfter(s, timing, from); t != null && next.size() < PREVIEW;
                    t = TickPlanner.nextAfter(s, timing, t)) {
                next.add(t);
            }
        }
        return Optional.of(new ScheduleView(s.toBuilder().paused(r.paused()).build(), r.paused(), r.lastTick(),
                r.lastJobId() == null ? null : JobIds.format(r.lastJobId()), next, r.createdAt(), r.updatedAt()));
    }
}
