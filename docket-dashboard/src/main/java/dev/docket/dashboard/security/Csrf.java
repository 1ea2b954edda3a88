package dev.docket.dashboard.security;

import dev.docket.web.WebRequest;
import java.util.List;

/**
 * CSRF tokens. A signed-in browser's forms carry its session's own random token (a synchronizer
 * token). Without a session (a server without a token, or the sign-in form itself) the token is a
 * signed double submit: the browser holds a random nonce in an {@code HttpOnly} cookie, and forms
 * carry {@code HMAC(key, nonce)}; a request is accepted only when both are present and agree. A page
 * on another site can neither read the form token nor forge it without the server's key.
 */
final class Csrf {
    static final String COOKIE = "docket_csrf";
    private static final String PURPOSE = "docket-csrf:";

    private final byte[] key = Secrets.newKey();

    /** The token for {@code request}'s forms, with the cookie to set when the browser has no nonce yet. */
    CsrfGrant grant(WebRequest request, Session session, String cookiePath) {
        if (session != null) {
            return new CsrfGrant(session.csrfToken(), null);
        }
        List<String> nonces = Cookies.values(request, COOKIE);
        if (!nonces.isEmpty()) {
            return new CsrfGrant(Secrets.sign(key, PURPOSE + nonces.get(0)), null);
        }
        String nonce = Secrets.random256();
        return new CsrfGrant(Secrets.sign(key, PURPOSE + nonce),
                Cookies.set(COOKIE, nonce, cookiePath, Cookies.overHttps(request)));
    }

    /** Whether {@code presented} is the token of {@code request}'s session, or of its nonce cookie. */
    boolean valid(WebRequest request, Session session, String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        if (session != null) {
            return Secrets.same(session.csrfToken(), presented);
        }
        for (String nonce : Cookies.values(request, COOKIE)) {
            if (Secrets.same(Secrets.sign(key, PURPOSE + nonce), presented)) {
                return true;
            }
        }
        return false;
    }
}
