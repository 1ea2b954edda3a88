package dev.docket.web;

/**
 * Who may call a route. Every route states one; there is no default, so a new route cannot be
 * exposed by accident.
 */
public enum AuthPolicy {
    /** Anyone who can reach the server (only {@code /health}). */
    PUBLIC,
    /** Callers presenting the configured bearer token; open when no token is configured. */
    TOKEN
}
