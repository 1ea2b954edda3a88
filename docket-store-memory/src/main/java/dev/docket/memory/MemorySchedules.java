package dev.docket.memory;

import dev.docket.spi.FireParams;
import dev.docket.spi.FireResult;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.JobStore;
import dev.docket.spi.LeaderStore;
import dev.docket.spi.Leadership;
import dev.docket.spi.PauseScheduleParams;
import dev.docket.spi.ScheduleRecord;
import dev.docket.spi.ScheduleStore;
import dev.docket.spi.TickFiring;
import dev.docket.spi.UpsertScheduleParams;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Schedules in memory. {@link #fire} runs under the store's one lock, so the leadership check, the
 * watermark compare-and-set, the tick keys and the job inserts happen as one step.
 */
final class MemorySchedules implements ScheduleStore {
    private final Guard guard;
    private final JobStore jobs;
    private final LeaderStore leaders;
    private final TreeMap<String, ScheduleRecord> schedules = new TreeMap<>();
    private final Set<String> firedTicks = new HashSet<>();

    MemorySchedules(Guard guard, JobStore jobs, LeaderStore leaders) {
        this.guard = guard;
        this.jobs = jobs;
        this.leaders = leaders;
    }

    @Override
    public ScheduleRecord upsert(UpsertScheduleParams p) {
        return guard.call("saving schedule " + p.name(), () -> {
            ScheduleRecord cur = schedules.get(p.name());
            ScheduleRecord next;
            if (cur == null) {
                next = new ScheduleRecord(p.name(), p.definitionJson(), Boolean.TRUE.equals(p.paused()),
                        p.handledUntil(), p.nextFireAt(), null, null, null, p.now(), p.now());
            } else {
                boolean reset = p.resetTiming();
                next = new ScheduleRecord(p.name(), p.definitionJson(), p.paused() != null ? p.paused() : cur.paused(),
                        reset ? p.handledUntil() : cur.handledUntil(), reset ? p.nextFireAt() : cur.nextFireAt(),
                        cur.lastTick(), cur.lastJobId(), reset ? null : cur.pendingTick(), cur.createdAt(), p.now());
            }
            schedules.put(p.name(), next);
            return next;
        });
    }

    @Override
    public Optional<ScheduleRecord> find(String name) {
        return guard.call("reading schedule " + name, () -> Optional.ofNullable(schedules.get(name)));
    }

    @Override
    public List<ScheduleRecord> list() {
        return guard.call("listing schedules", () -> List.copyOf(schedules.values()));
    }

    @Override
    public boolean delete(String name) {
        return guard.call("deleting schedule " + name, () -> schedules.remove(name) != null);
    }

    @Override
    public Optional<ScheduleRecord> setPaused(PauseScheduleParams p) {
        return guard.call("pausing schedule " + p.name(), () -> {
            ScheduleRecord cur = schedules.get(p.name());
            if (cur == null) {
                return Optional.empty();
            }
            ScheduleRecord next = p.paused()
                    ? new ScheduleRecord(cur.name(), cur.definitionJson(), true, cur.handledUntil(), cur.nextFireAt(),
                            cur.lastTick(), cur.lastJobId(), cur.pendingTick(), cur.createdAt(), p.now())
                    : new ScheduleRecord(cur.name(), cur.definitionJson(), false, p.handledUntil(), p.nextFireAt(),
                            cur.lastTick(), cur.lastJobId(), null, cur.createdAt(), p.now());
            schedules.put(p.name(), next);
            return Optional.of(next);
        });
    }

    @Override
    public FireResult fire(FireParams p) {
        return guard.call("firing schedule " + p.schedule(), () -> {
            Leadership l = p.leader();
            Optional<Leadership> cur = leaders.current(l.name(), p.now());
            if (cur.isEmpty() || !cur.get().holder().equals(l.holder()) || cur.get().term() != l.term()) {
                return FireResult.of(FireResult.Status.NOT_LEADER);
            }
            ScheduleRecord s = schedules.get(p.schedule());
            if (s == null || !Objects.equals(s.handledUntil(), p.expectedHandledUntil())) {
                return FireResult.of(FireResult.Status.STALE);
            }
            for (TickFiring f : p.firings()) {
                if (firedTicks.contains(key(p.schedule(), f.tick()))) {
                    return FireResult.of(FireResult.Status.DUPLICATE_TICK);
                }
            }
            List<Long> ids = new ArrayList<>();
            if (!p.firings().isEmpty()) {
                List<InsertResult> inserted = jobs.insert(InsertParams.of(
                        p.firings().stream().map(TickFiring::job).toList(), p.now()));
                inserted.forEach(r -> ids.add(r.id()));
                p.firings().forEach(f -> firedTicks.add(key(p.schedule(), f.tick())));
            }
            TickFiring last = p.firings().isEmpty() ? null : p.firings().get(p.firings().size() - 1);
            schedules.put(s.name(), new ScheduleRecord(s.name(), s.definitionJson(), s.paused(), p.handledUntil(),
                    p.nextFireAt(), last != null ? last.tick() : s.lastTick(),
                    last != null ? ids.get(ids.size() - 1) : s.lastJobId(), p.pendingTick(), s.createdAt(), p.now()));
            return new FireResult(FireResult.Status.FIRED, ids);
        });
    }

    private static String key(String schedule, Instant tick) {
        return schedule + "\u0000" + tick;
    }
}
