package dev.docket.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A request to make due jobs available.
 *
 * @param limit the most jobs to move in one call
 * @param now the runtime's clock
 */
public record StageParams(int limit, Instant now) {
    public StageParams {
        Objects.requireNonNull(now, "now");
    }
}
