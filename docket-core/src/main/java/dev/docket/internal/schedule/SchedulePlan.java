package dev.docket.internal.schedule;

import java.time.Instant;
import java.util.List;

/**
 * What a schedule should do now.
 *
 * @param fire the ticks that create jobs, oldest first
 * @param handledUntil the new watermark (every tick up to it is done)
 * @param nextFireAt the next tick after that, or {@code null} when there is none
 * @param pendingTick the tick left waiting for the previous run (overlap buffer), or {@code null}
 */
public record SchedulePlan(List<Instant> fire, Instant handledUntil, Instant nextFireAt, Instant pendingTick) {
    public SchedulePlan {
        fire = List.copyOf(fire);
    }
}
