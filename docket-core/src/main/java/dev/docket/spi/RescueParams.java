package dev.docket.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A request to rescue running jobs whose lease expired.
 *
 * @param maxLosses after this many lost attempts a job goes dead
 * @param limit the most jobs to rescue in one call
 * @param now the runtime's clock
 */
public record RescueParams(int maxLosses, int limit, Instant now) {
    public RescueParams {
        Objects.requireNonNull(now, "now");
        if (maxLosses < 1) {
            throw new IllegalArgumentException("maxLosses must be at least 1");
        }
    }
}
