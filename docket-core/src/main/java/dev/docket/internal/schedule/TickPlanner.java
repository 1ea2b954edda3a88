package dev.docket.internal.schedule;

import dev.docket.cron.Schedule;
import dev.docket.schedule.CatchUp;
import dev.docket.schedule.JobSchedule;
import dev.docket.schedule.Overlap;
import dev.docket.spi.ScheduleRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Decides, from a schedule's definition and firing state, which ticks create jobs now. Pure:
 * the same inputs give the same plan.
 *
 * <p>The ticks considered are those after the watermark ({@code handledUntil}) and at or before
 * now, within the schedule's start and end. A tick more than {@code misfireAfter} old was missed
 * (no process could fire it in time) and follows the catch-up policy: {@code none} drops it,
 * {@code one} keeps only the latest missed tick, {@code all} keeps every one (the latest 1,000).
 * Then the overlap policy: {@code allow} fires them all; {@code skip} fires only the latest, and
 * none while the previous run is unfinished; {@code buffer} fires the oldest waiting tick when the
 * previous run is finished and keeps at most one tick waiting.
 */
public final class TickPlanner {
    private final Duration misfireAfter;

    public TickPlanner(Duration misfireAfter) {
        this.misfireAfter = misfireAfter;
    }

    /**
     * The plan for {@code schedule} at {@code now}, or empty when there is nothing to write.
     *
     * @param previousRunUnfinished whether the job of the last fired tick has not finished
     */
    public Optional<SchedulePlan> plan(JobSchedule schedule, ScheduleRecord state, boolean previousRunUnfinished,
                                       Instant now) {
        if (state.paused()) {
            return Optional.empty();
        }
        Schedule timing = schedule.timing(state.createdAt());
        Instant watermark = state.handledUntil() != null ? state.handledUntil() : state.createdAt();
        Deque<Instant> due = dueTicks(schedule, timing, watermark, now);
        boolean pendingReady = state.pendingTick() != null && !previousRunUnfinished;
        if (due.isEmpty() && !pendingReady) {
            return Optional.empty();
        }
        Instant handled = due.isEmpty() ? watermark : due.peekLast();
        List<Instant> candidates = applyCatchUp(schedule.catchUp(), due, now);
        List<Instant> fire = new ArrayList<>();
        Instant pending = state.pendingTick();
        switch (schedule.overlap()) {
            case ALLOW -> fire.addAll(candidates);
            case SKIP -> {
                if (!previousRunUnfinished && !candidates.isEmpty()) {
                    fire.add(candidates.get(candidates.size() - 1));
                }
            }
            case BUFFER -> {
                List<Instant> queue = new ArrayList<>();
                if (pending != null) {
                    queue.add(pending);
                }
                queue.addAll(candidates);
                if (previousRunUnfinished) {
                    pending = queue.isEmpty() ? null : queue.get(queue.size() - 1);
                } else if (!queue.isEmpty()) {
                    fire.add(queue.get(0));
                    pending = queue.size() > 1 ? queue.get(queue.size() - 1) : null;
                } else {
                    pending = null;
                }
            }
            default -> throw new IllegalStateException("unknown overlap " + schedule.overlap());
        }
        if (schedule.overlap() != Overlap.BUFFER) {
            pending = null;
        }
        Instant next = nextAfter(schedule, timing, handled);
        return Optional.of(new SchedulePlan(fire, handled, next, pending));
    }

    /** The next tick strictly after {@code after} within the schedule's start and end, or {@code null}. */
    public static Instant nextAfter(JobSchedule schedule, Schedule timing, Instant after) {
        Instant from = after;
        if (schedule.startAt() != null && from.isBefore(schedule.startAt())) {
            from = schedule.startAt().minusNanos(1);
        }
        Optional<Instant> next = timing.next(from);
        if (next.isEmpty() || (schedule.endAt() != null && next.get().isAfter(schedule.endAt()))) {
            return null;
        }
        return next.get();
    }

    /**
     * The ticks after {@code watermark} up to {@code now}, keeping only the latest 1,001 (all that any
     * policy can use). After a long outage of a frequent schedule, the walk jumps ahead to about the
     * last 1,100 ticks instead of stepping through millions.
     */
    private static Deque<Instant> dueTicks(JobSchedule schedule, Schedule timing, Instant watermark, Instant now) {
        Deque<Instant> due = new ArrayDeque<>();
        Instant t = nextAfter(schedule, timing, watermark);
        Instant first = t;
        long steps = 0;
        while (t != null && !t.isAfter(now)) {
            due.addLast(t);
            if (due.size() > CatchUp.MAX_TICKS + 1) {
                due.removeFirst();
            }
            if (++steps == JUMP_AFTER) {
                Duration gap = Duration.between(first, t).dividedBy(steps);
                Instant resume = now.minus(gap.multipliedBy(CatchUp.MAX_TICKS + 100));
                if (resume.isAfter(t)) {
                    t = resume;
                }
            }
            t = nextAfter(schedule, timing, t);
        }
        return due;
    }

    private static final long JUMP_AFTER = 20_000;

    private List<Instant> applyCatchUp(CatchUp catchUp, Deque<Instant> due, Instant now) {
        List<Instant> missed = new ArrayList<>();
        List<Instant> onTime = new ArrayList<>();
        Instant cutoff = now.minus(misfireAfter);
        for (Instant t : due) {
            (t.isBefore(cutoff) ? missed : onTime).add(t);
        }
        List<Instant> out = new ArrayList<>();
        switch (catchUp) {
            case NONE -> { }
            case ONE -> {
                if (!missed.isEmpty()) {
                    out.add(missed.get(missed.size() - 1));
                }
            }
            case ALL -> out.addAll(missed.size() > CatchUp.MAX_TICKS
                    ? missed.subList(missed.size() - CatchUp.MAX_TICKS, missed.size()) : missed);
            default -> throw new IllegalStateException("unknown catch-up " + catchUp);
        }
        out.addAll(onTime);
        return out.size() > CatchUp.MAX_TICKS ? out.subList(out.size() - CatchUp.MAX_TICKS, out.size()) : out;
    }
}
