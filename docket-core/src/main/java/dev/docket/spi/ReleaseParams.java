package dev.docket.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Running attempts to hand back.
 *
 * @param leases the attempts
 * @param now the runtime's clock
 */
public record ReleaseParams(List<LeaseRef> leases, Instant now) {
    public ReleaseParams {
        leases = List.copyOf(leases);
        Objects.requireNonNull(now, "now");
    }
}
