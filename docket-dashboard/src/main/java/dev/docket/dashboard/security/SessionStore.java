package dev.docket.dashboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live sessions, in memory. A session ends after {@code idle} without a request or
 * {@code maxAge} after sign-in, whichever comes first, or on sign-out. At most {@code capacity}
 * sessions are kept; beyond that the least recently used one is dropped.
 */
final class SessionStore {
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idle;
    private final Duration maxAge;
    private final int capacity;

    SessionStore(Clock clock, Duration idle, Duration maxAge, int capacity) {
        this.clock = clock;
        this.idle = idle;
        this.maxAge = maxAge;
        this.capacity = capacity;
    }

    /** A new session with fresh random id and CSRF token. */
    Session create() {
        Instant now = clock.instant();
        if (sessions.size() >= capacity) {
            sessions.values().removeIf(s -> expired(s, now));
            while (sessions.size() >= capacity) {
                sessions.values().stream().min(Comparator.comparing(Session::lastSeen))
                        .ifPresent(s -> sessions.remove(s.id()));
            }
        }
        Session s = new Session(Secrets.random256(), Secrets.random256(), now);
        sessions.put(s.id(), s);
        return s;
    }

    /** The live session with this id, marked as seen now; an expired one is removed. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(s, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        s.seen(now);
        return Optional.of(s);
    }

    /** Ends a session. */
    void remove(Session s) {
        sessions.remove(s.id());
    }

    int size() {
        return sessions.size();
    }

    private boolean expired(Session s, Instant now) {
        return !now.isBefore(s.lastSeen().plus(idle)) || !now.isBefore(s.createdAt().plus(maxAge));
    }
}
