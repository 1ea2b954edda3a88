package dev.docket.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Ticks to fire, fenced by leadership and by the schedule's watermark.
 *
 * @param schedule the schedule's name
 * @param leader the leadership the caller holds (name, holder and term must still match, unexpired)
 * @param expectedHandledUntil the watermark the caller planned from (compare-and-set)
 * @param handledUntil the new watermark
 * @param nextFireAt the next tick after this firing, or {@code null}
 * @param firings the ticks that create jobs, oldest first (may be empty: ticks dropped by policy)
 * @param pendingTick the tick left waiting (overlap buffer), or {@code null}
 * @param now the runtime's clock
 */
public record FireParams(String schedule, Leadership leader, Instant expectedHandledUntil, Instant handledUntil,
                         Instant nextFireAt, List<TickFiring> firings, Instant pendingTick, Instant now) {
    public FireParams {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(leader, "leader");
        firings = List.copyOf(firings);
        Objects.requireNonNull(now, "now");
    }
}
