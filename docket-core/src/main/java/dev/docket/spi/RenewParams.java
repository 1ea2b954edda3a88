package dev.docket.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Leases to extend.
 *
 * @param leases the running attempts
 * @param lease the new lease length, from the store's now
 * @param progress new progress JSON by job id, for some of them
 * @param now the runtime's clock
 */
public record RenewParams(List<LeaseRef> leases, Duration lease, Map<Long, String> progress, Instant now) {
    public RenewParams {
        leases = List.copyOf(leases);
        progress = progress == null ? Map.of() : Map.copyOf(progress);
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(now, "now");
    }
}
