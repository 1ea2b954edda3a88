package dev.docket.web;

/**
 * Who may call a route. Every route states one; there is no default, so a new route cannot be
 * exposed by accident.
 */
public enum AuthPolicy {
    /** Anyone who can reach the server ({@code /health}, the dashboard's sign-in form and static files). */
    PUBLIC,
    /** Callers presenting the configured bearer token; open when no token is configured. */
    TOKEN,
    /**
     * A person in a browser (the dashboard): a session that the router's {@link SessionAuthenticator}
     * recognizes, or the bearer token. Open when no token is configured. Without an authenticator,
     * only the bearer token gets through: such routes fail closed.
     */
    SESSION
}
