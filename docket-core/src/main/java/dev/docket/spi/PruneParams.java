package dev.docket.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long finished jobs are kept.
 *
 * @param succeeded retention of succeeded jobs
 * @param dead retention of dead jobs
 * @param cancelled retention of cancelled jobs
 * @param limit the most jobs to delete in one call
 * @param now the runtime's clock
 */
public record PruneParams(Duration succeeded, Duration dead, Duration cancelled, int limit, Instant now) {
    public PruneParams {
        Objects.requireNonNull(succeeded, "succeeded");
        Objects.requireNonNull(dead, "dead");
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(now, "now");
    }
}
