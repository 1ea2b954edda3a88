package dev.docket.internal.schedule;

import dev.docket.JobState;
import dev.docket.internal.enqueue.JobRequests;
import dev.docket.internal.maintenance.Elector;
import dev.docket.internal.maintenance.MaintenanceTask;
import dev.docket.schedule.JobSchedule;
import dev.docket.spi.FireParams;
import dev.docket.spi.FireResult;
import dev.docket.spi.JobRecord;
import dev.docket.spi.Leadership;
import dev.docket.spi.NewJob;
import dev.docket.spi.ScheduleRecord;
import dev.docket.spi.Store;
import dev.docket.spi.TickFiring;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires due schedules, on the leader only. Time is the store's (this process's clock corrected by
 * the offset measured at election), so a process with a skewed clock fires neither early nor late.
 * Each firing is fenced three ways in the store: the leadership term, the schedule's watermark
 * (compare-and-set) and the unique (schedule, tick) key.
 */
public final class ScheduleFirer implements MaintenanceTask {
    private static final Logger log = LoggerFactory.getLogger(ScheduleFirer.class);

    private final Store store;
    private final Clock clock;
    private final Elector elector;
    private final Duration interval;
    private final TickPlanner planner;
    private final ScheduleJson definitions;
    private final JobRequests requests;
    private final RandomGenerator random;
    private final Consumer<String> wake;

    public ScheduleFirer(Store store, Clock clock, Elector elector, Duration interval, Duration misfireAfter,
                         ScheduleJson definitions, JobRequests requests, RandomGenerator random, Consumer<String> wake) {
        this.store = store;
        this.clock = clock;
        this.elector = elector;
        this.interval = interval;
        this.planner = new TickPlanner(misfireAfter);
        this.definitions = definitions;
        this.requests = requests;
        this.random = random;
        this.wake = wake;
    }

    @Override
    public String name() {
        return "fire schedules";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public int runOnce() {
        Leadership leader = elector.leadership();
        if (leader == null) {
            return 0;
        }
        Instant now = clock.instant().plus(elector.storeClockOffset());
        int fired = 0;
        for (ScheduleRecord state : store.schedules().list()) {
            // a schedule never fired yet (no watermark) is planned every round: its next fire time was
            // computed by whichever process declared it, whose clock may be off
            if (state.paused() || (state.pendingTick() == null && state.handledUntil() != null
                    && state.nextFireAt() != null && state.nextFireAt().isAfter(now))) {
                continue;
            }
            fired += fire(state, leader, now);
        }
        return fired;
    }

    private int fire(ScheduleRecord state, Leadership leader, Instant now) {
        JobSchedule schedule;
        try {
            schedule = definitions.read(state.name(), state.definitionJson());
        } catch (RuntimeException e) {
            log.error("schedule '{}' has an unreadable definition; skipping it: {}", state.name(), e.getMessage());
            return 0;
        }
        Optional<SchedulePlan> plan = planner.plan(schedule, state, previousRunUnfinished(state), now);
        if (plan.isEmpty()) {
            return 0;
        }
        SchedulePlan p = plan.get();
        List<TickFiring> firings = new ArrayList<>();
        for (Instant tick : p.fire()) {
            firings.add(new TickFiring(tick, job(schedule, tick, now)));
        }
        FireResult result = store.schedules().fire(new FireParams(state.name(), leader, state.handledUntil(),
                p.handledUntil(), p.nextFireAt(), firings, p.pendingTick(), clock.instant()));
        switch (result.status()) {
            case FIRED -> {
                firings.forEach(f -> wake.accept(f.job().queue()));
                if (!firings.isEmpty()) {
                    log.debug("schedule '{}' fired {} tick(s), latest {}", state.name(), firings.size(),
                            firings.get(firings.size() - 1).tick());
                }
                return firings.size();
            }
            case NOT_LEADER -> log.info("not firing schedule '{}': this process no longer leads", state.name());
            case STALE -> log.debug("schedule '{}' changed while planning; trying again next round", state.name());
            case DUPLICATE_TICK -> log.warn("schedule '{}': a tick was already fired elsewhere; re-reading it", state.name());
            default -> { }
        }
        return 0;
    }

    private boolean previousRunUnfinished(ScheduleRecord state) {
        if (state.lastJobId() == null) {
            return false;
        }
        return store.queries().find(state.lastJobId()).map(JobRecord::state)
                .map(JobState.UNFINISHED::contains).orElse(false);
    }

    private NewJob job(JobSchedule schedule, Instant tick, Instant now) {
        return requests.toNewJob(ScheduledJobs.request(schedule, tick, o -> {
            if (schedule.jitter() != null) {
                Instant runAt = tick.plusMillis((long) (random.nextDouble() * schedule.jitter().toMillis()));
                if (runAt.isAfter(now)) {
                    o.runAt(runAt);
                }
            }
        }), null);
    }
}
