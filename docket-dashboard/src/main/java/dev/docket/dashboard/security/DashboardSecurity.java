package dev.docket.dashboard.security;

import dev.docket.web.BearerToken;
import dev.docket.web.WebRequest;
import dev.docket.web.WebResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The dashboard's security in one place: sessions (with a token), CSRF tokens, the origin check,
 * sign-in throttling and the response headers. See {@code docs/dashboard.md} for the model.
 */
public final class DashboardSecurity {
    /** The session cookie's name. */
    public static final String SESSION_COOKIE = "docket_session";
    /** The content security policy of every page: no inline script or style, nothing from elsewhere. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final BearerToken token;
    private final String cookiePath;
    private final SessionStore sessions;
    private final Csrf csrf = new Csrf();
    private final LoginThrottle throttle;

    /**
     * Security for a dashboard.
     *
     * @param token the server's token, or {@code null} (then there is nothing to sign in to)
     * @param cookiePath the {@code Path} of the dashboard's cookies
     * @param clock for session expiry and throttling
     * @param idle how long a session lasts without a request
     * @param maxAge how long a session lasts at most
     */
    public DashboardSecurity(BearerToken token, String cookiePath, Clock clock, Duration idle, Duration maxAge) {
        this.token = token;
        this.cookiePath = cookiePath;
        this.sessions = new SessionStore(clock, idle, maxAge, 10_000);
        this.throttle = new LoginThrottle(clock);
    }

    /** Whether people must sign in (the server has a token). */
    public boolean signInRequired() {
        return token != null;
    }

    /** The live session {@code request} carries, if any. */
    public Optional<Session> session(WebRequest request) {
        if (token == null) {
            return Optional.empty();
        }
        for (String id : Cookies.values(request, SESSION_COOKIE)) {
            Optional<Session> s = sessions.find(id);
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    /** The CSRF token for the page answering {@code request}. */
    public CsrfGrant csrf(WebRequest request) {
        return csrf.grant(request, session(request).orElse(null), cookiePath);
    }

    /**
     * Why a state-changing request is refused, or {@code null} when it may go on: it must come from
     * this origin (when the browser says where it comes from) and carry the right CSRF token.
     */
    public String refusal(WebRequest request, String presentedCsrf) {
        String origin = OriginCheck.refusal(request);
        if (origin != null) {
            return origin;
        }
        if (!csrf.valid(request, session(request).orElse(null), presentedCsrf)) {
            return "the form's security token is missing or out of date; reload the page and try again";
        }
        return null;
    }

    /** Checks a token typed into the sign-in form, throttled per client address. */
    public SignInResult signIn(WebRequest request, String secret) {
        if (token == null) {
            throw new IllegalStateException("this server has no token to sign in with");
        }
        String client = request.remoteAddress();
        Duration wait = throttle.waitFor(client);
        if (!wait.isZero()) {
            return new SignInResult(SignInResult.Status.THROTTLED, null, wait);
        }
        if (!token.matchesSecret(secret)) {
            throttle.failed(client);
            return new SignInResult(SignInResult.Status.WRONG_TOKEN, null, null);
        }
        throttle.succeeded(client);
        Session s = sessions.create();
        return new SignInResult(SignInResult.Status.SIGNED_IN,
                Cookies.set(SESSION_COOKIE, s.id(), cookiePath, Cookies.overHttps(request)), null);
    }

    /** Ends {@code request}'s session; returns the {@code Set-Cookie} value that removes the cookie. */
    public String signOut(WebRequest request) {
        session(request).ifPresent(sessions::remove);
        return Cookies.clear(SESSION_COOKIE, cookiePath, Cookies.overHttps(request));
    }

    /** How many sessions are live (for tests and diagnostics). */
    public int liveSessions() {
        return sessions.size();
    }

    /** {@code response} with the headers every dashboard answer carries. */
    public static WebResponse harden(WebResponse response) {
        return response.withHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Referrer-Policy", "same-origin")
                .withHeader("X-Frame-Options", "DENY")
                .withHeader("Cross-Origin-Opener-Policy", "same-origin");
    }
}
