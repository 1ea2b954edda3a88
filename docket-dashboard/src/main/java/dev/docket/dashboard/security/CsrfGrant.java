package dev.docket.dashboard.security;

/**
 * The CSRF token a page's forms carry, and the cookie to set with the page when the browser has
 * none yet (double-submit mode).
 *
 * @param token the value of every form's {@code _csrf} field
 * @param setCookie a {@code Set-Cookie} value to send with the page, or {@code null}
 */
public record CsrfGrant(String token, String setCookie) {
}
