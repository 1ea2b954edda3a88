package dev.docket.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * Pause or resume a schedule.
 *
 * @param name the schedule
 * @param paused the new flag
 * @param handledUntil on resume, the new watermark (ticks up to it never fire)
 * @param nextFireAt on resume, the next tick
 * @param now the runtime's clock
 */
public record PauseScheduleParams(String name, boolean paused, Instant handledUntil, Instant nextFireAt, Instant now) {
    public PauseScheduleParams {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(now, "now");
    }
}
