package dev.docket.internal.maintenance;

import dev.docket.StoreException;
import dev.docket.spi.LeaderParams;
import dev.docket.spi.LeaderStore;
import dev.docket.spi.Leadership;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds (or tries to take) one named leadership through a lease in the store's clock. The process
 * considers itself leader only until its own estimate of the lease's end (measured from before the
 * store call, so never later than the store's), and steps down when it cannot renew in time. The
 * term from the store fences what a leader does.
 */
public final class Elector {
    private static final Logger log = LoggerFactory.getLogger(Elector.class);

    private final LeaderStore store;
    private final Clock clock;
    private final String name;
    private final String holder;
    private final Duration ttl;
    private volatile Leadership held;
    private volatile Instant validUntil = Instant.MIN;
    private volatile Duration storeClockOffset = Duration.ZERO;

    public Elector(LeaderStore store, Clock clock, String name, String holder, Duration ttl) {
        this.store = store;
        this.clock = clock;
        this.name = name;
        this.holder = holder;
        this.ttl = ttl;
    }

    /**
     * Takes or renews the leadership.
     *
     * @return whether this process is leader now
     */
    public boolean tick() {
        Instant before = clock.instant();
        try {
            Optional<Leadership> result = store.acquire(new LeaderParams(name, holder, ttl, before));
            Leadership previous = held;
            if (result.isPresent()) {
                held = result.get();
                validUntil = before.plus(ttl);
                Instant after = clock.instant();
                Instant midpoint = before.plus(Duration.between(before, after).dividedBy(2));
                storeClockOffset = Duration.between(midpoint, held.expiresAt().minus(ttl));
                if (previous == null || previous.term() != held.term()) {
                    log.info("this process leads '{}' (term {})", name, held.term());
                }
            } else if (previous != null) {
                held = null;
                log.info("this process no longer leads '{}'", name);
            }
        } catch (StoreException e) {
            if (held != null && !clock.instant().isBefore(validUntil)) {
                held = null;
                log.warn("stepping down as leader of '{}': could not renew the lease: {}", name, e.getMessage());
            }
        }
        return isLeader();
    }

    /** Whether this process leads, by its own conservative estimate. */
    public boolean isLeader() {
        return held != null && clock.instant().isBefore(validUntil);
    }

    /** The term of the held leadership, or 0. */
    public long term() {
        Leadership l = held;
        return l == null ? 0 : l.term();
    }

    /** The leadership held, or {@code null}. */
    public Leadership leadership() {
        return isLeader() ? held : null;
    }

    /**
     * How far the store's clock is ahead of this process's (negative when behind), as measured at the
     * last successful election; zero for stores that use the runtime's clock.
     */
    public Duration storeClockOffset() {
        return storeClockOffset;
    }

    /** Gives the leadership up at once, so another process can take it without waiting for expiry. */
    public void resign() {
        Leadership l = held;
        held = null;
        if (l != null) {
            try {
                store.resign(name, holder, l.term());
            } catch (StoreException e) {
                log.debug("could not resign '{}': {}", name, e.getMessage());
            }
        }
    }
}
