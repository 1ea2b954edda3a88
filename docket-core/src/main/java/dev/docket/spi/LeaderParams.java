package dev.docket.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A request to take or keep a leadership.
 *
 * @param name the leadership, e.g. {@code maintenance}
 * @param holder the process asking
 * @param ttl how long the lease lasts from the store's now
 * @param now the runtime's clock
 */
public record LeaderParams(String name, String holder, Duration ttl, Instant now) {
    public LeaderParams {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(now, "now");
    }
}
