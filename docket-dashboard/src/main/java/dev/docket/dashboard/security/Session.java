package dev.docket.dashboard.security;

import java.time.Instant;

/**
 * A signed-in browser, held only on the server: the cookie carries just the random id. Each
 * session has its own CSRF token (the synchronizer token its forms carry).
 */
public final class Session {
    private final String id;
    private final String csrfToken;
    private final Instant createdAt;
    private volatile Instant lastSeen;

    Session(String id, String csrfToken, Instant createdAt) {
        this.id = id;
        this.csrfToken = csrfToken;
        this.createdAt = createdAt;
        this.lastSeen = createdAt;
    }

    String id() {
        return id;
    }

    /** The token every state-changing form of this session must carry. */
    public String csrfToken() {
        return csrfToken;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void seen(Instant now) {
        lastSeen = now;
    }

    @Override
    public String toString() {
        return "Session[created " + createdAt + "]";
    }
}
