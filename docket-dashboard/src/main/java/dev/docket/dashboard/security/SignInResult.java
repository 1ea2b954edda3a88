package dev.docket.dashboard.security;

import java.time.Duration;

/**
 * The outcome of a sign-in attempt.
 *
 * @param status what happened
 * @param setCookie the session cookie to set ({@link Status#SIGNED_IN} only)
 * @param retryAfter how long to wait ({@link Status#THROTTLED} only)
 */
public record SignInResult(Status status, String setCookie, Duration retryAfter) {
    /** What happened. */
    public enum Status {
        /** The token was right: a new session. */
        SIGNED_IN,
        /** The token was wrong. */
        WRONG_TOKEN,
        /** Too many failures from this address: not checked, try later. */
        THROTTLED
    }
}
