package dev.docket.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Decides whether a request may reach its route.
 * <ul>
 *   <li>With a token: {@link AuthPolicy#TOKEN} routes need {@code Authorization: Bearer TOKEN}
 *       (else 401). Browsers never send that header by themselves, so cross-site requests fail.
 *       {@link AuthPolicy#SESSION} routes take the token too, or a session the
 *       {@link SessionAuthenticator} recognizes; else its answer (a redirect to the sign-in form),
 *       and 401 when there is no authenticator.</li>
 *   <li>Without a token (a server on loopback), the request must name a loopback host in
 *       {@code Host}, and any {@code Origin} must be a loopback origin (else 403). This stops web
 *       pages the operator visits from driving the API (cross-site requests, DNS rebinding).</li>
 * </ul>
 */
final class AccessControl {
    private final BearerToken token;
    private final boolean loopbackOnly;

    AccessControl(BearerToken token, boolean loopbackOnly) {
        this.token = token;
        this.loopbackOnly = loopbackOnly;
    }

    /**
     * Lets {@code request} through (returns {@code null}), answers it instead (a redirect to sign
     * in), or throws the refusal.
     */
    WebResponse check(Route route, WebRequest request, SessionAuthenticator sessions) {
        if (token != null) {
            if (route.auth() == AuthPolicy.PUBLIC || token.matches(request.header("Authorization"))) {
                return null;
            }
            if (route.auth() == AuthPolicy.SESSION && sessions != null) {
                return sessions.isSignedIn(request) ? null : sessions.signInRequired(request);
            }
            throw new ApiException(401, "unauthorized",
                    "missing or wrong token: send the header 'Authorization: Bearer TOKEN'");
        }
        if (loopbackOnly) {
            String host = request.header("Host");
            if (host != null && !isLoopbackHost(stripPort(host))) {
                throw new ApiException(403, "forbidden", "this server has no token and answers only requests "
                        + "addressed to a loopback host (localhost, 127.0.0.1, [::1]); Host was '" + host + "'");
            }
            String origin = request.header("Origin");
            if (origin != null && !isLoopbackOrigin(origin)) {
                throw new ApiException(403, "forbidden", "cross-origin request from '" + origin
                        + "' refused: this server has no token and accepts browser requests only from loopback pages");
            }
        }
        return null;
    }

    static boolean isLoopbackOrigin(String origin) {
        try {
            URI uri = new URI(origin.trim());
            return uri.getHost() != null && isLoopbackHost(uri.getHost());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String stripPort(String host) {
        String h = host.trim();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    static boolean isLoopbackHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }
}
