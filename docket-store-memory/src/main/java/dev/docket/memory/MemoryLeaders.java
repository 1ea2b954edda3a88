package dev.docket.memory;

import dev.docket.spi.LeaderParams;
import dev.docket.spi.LeaderStore;
import dev.docket.spi.Leadership;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Named leaderships. A row is never deleted, so a leadership's term only grows: resigning expires
 * the lease and the next holder gets the next term.
 */
final class MemoryLeaders implements LeaderStore {
    /** The expiry a resigned leadership gets: before any {@code now}. */
    private static final Instant RESIGNED = Instant.MIN;

    private final Guard guard;
    private final Map<String, Leadership> leaderships = new HashMap<>();

    MemoryLeaders(Guard guard) {
        this.guard = guard;
    }

    @Override
    public Optional<Leadership> acquire(LeaderParams p) {
        Instant expiresAt = p.now().plus(p.ttl());
        return guard.call("acquiring leadership " + p.name(), () -> {
            Leadership cur = leaderships.get(p.name());
            boolean live = cur != null && !cur.expiresAt().isBefore(p.now());
            if (live && !cur.holder().equals(p.holder())) {
                return Optional.empty();
            }
            long term = cur == null ? 1 : live ? cur.term() : cur.term() + 1;
            Leadership next = new Leadership(p.name(), p.holder(), term, expiresAt);
            leaderships.put(p.name(), next);
            return Optional.of(next);
        });
    }

    @Override
    public void resign(String name, String holder, long term) {
        guard.run("resigning leadership " + name, () -> {
            Leadership cur = leaderships.get(name);
            if (cur != null && cur.holder().equals(holder) && cur.term() == term) {
                leaderships.put(name, new Leadership(name, holder, term, RESIGNED));
            }
        });
    }

    @Override
    public Optional<Leadership> current(String name, Instant now) {
        return guard.call("reading leadership " + name, () -> {
            Leadership cur = leaderships.get(name);
            return cur != null && !cur.expiresAt().isBefore(now) ? Optional.of(cur) : Optional.empty();
        });
    }
}
