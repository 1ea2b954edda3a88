package dev.docket.admin;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an external worker asks for.
 *
 * @param queues the queues to take from
 * @param types only these types; empty means every type this process has no handler for
 * @param max the most jobs, 1–100
 * @param lease how long the lease holds without a heartbeat
 * @param maxWait how long to wait when nothing is ready (0 to return at once)
 * @param worker the worker's name, kept with the lease
 */
public record FetchRequest(List<String> queues, Set<String> types, int max, Duration lease, Duration maxWait, String worker) {
    public FetchRequest {
        queues = List.copyOf(queues);
        types = types == null ? Set.of() : Set.copyOf(types);
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(worker, "worker");
    }
}
