package dev.docket.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A schedule to create or redefine.
 *
 * @param name its name
 * @param definitionJson its definition
 * @param resetTiming for an existing schedule: replace its firing state with the values here
 * @param handledUntil the firing watermark for a new (or reset) schedule
 * @param nextFireAt the next tick for a new (or reset) schedule
 * @param paused set the paused flag, or {@code null} to keep it (new schedules: unpaused)
 * @param now the runtime's clock
 */
public record UpsertScheduleParams(String name, String definitionJson, boolean resetTiming, Instant handledUntil,
                                   Instant nextFireAt, Boolean paused, Instant now) {
    public UpsertScheduleParams {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definitionJson, "definitionJson");
        Objects.requireNonNull(now, "now");
    }
}
