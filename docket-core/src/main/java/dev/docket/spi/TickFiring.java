package dev.docket.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * One tick to fire and the job it creates.
 *
 * @param tick the planned fire time
 * @param job the job (its metadata already names the schedule and tick)
 */
public record TickFiring(Instant tick, NewJob job) {
    public TickFiring {
        Objects.requireNonNull(tick, "tick");
        Objects.requireNonNull(job, "job");
    }
}
