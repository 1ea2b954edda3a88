package dev.docket.spi;

import java.util.Optional;

/**
 * Leases on named leaderships, in the store's clock. A leadership's term grows each time it
 * changes hands, so a holder can fence its writes with it.
 */
public interface LeaderStore {
    /**
     * Takes or renews {@code name} for {@code holder}: succeeds if nobody holds it, its lease
     * expired, or {@code holder} already holds it (then the term is kept).
     *
     * @return the leadership when held by {@code holder}, empty when someone else holds it
     */
    Optional<Leadership> acquire(LeaderParams params);

    /** Gives up {@code name} if {@code holder} holds it under {@code term}. */
    void resign(String name, String holder, long term);

    /** Who holds {@code name}, if anyone holds an unexpired lease on it. */
    Optional<Leadership> current(String name, java.time.Instant now);
}
