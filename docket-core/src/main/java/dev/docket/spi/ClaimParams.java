package dev.docket.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to claim.
 *
 * @param queues the queues to take from (at least one); paused queues give nothing
 * @param onlyTypes take only these types; empty means any type not in {@code exceptTypes}
 * @param exceptTypes never take these types
 * @param limit the most jobs to claim, at least 1
 * @param lease how long the claim holds before it must be renewed
 * @param worker who claims (a process id or an external worker's name), stored with the lease
 * @param now the runtime's clock
 */
public record ClaimParams(
        List<String> queues,
        Set<String> onlyTypes,
        Set<String> exceptTypes,
        int limit,
        Duration lease,
        String worker,
        Instant now) {

    public ClaimParams {
        queues = List.copyOf(queues);
        onlyTypes = onlyTypes == null ? Set.of() : Set.copyOf(onlyTypes);
        exceptTypes = exceptTypes == null ? Set.of() : Set.copyOf(exceptTypes);
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(now, "now");
        if (queues.isEmpty()) {
            throw new IllegalArgumentException("no queues to claim from");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    /** Whether a job of {@code type} may be claimed. */
    public boolean admits(String type) {
        return (onlyTypes.isEmpty() || onlyTypes.contains(type)) && !exceptTypes.contains(type);
    }
}
