package dev.docket.dashboard.security;

import dev.docket.web.WebRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The second line against cross-site requests, besides the CSRF token: a state-changing request
 * from a browser must come from a page of this very origin. Browsers say where a request comes from
 * in {@code Sec-Fetch-Site} and {@code Origin} (or, failing that, {@code Referer}); when one is
 * present it must name this origin. Clients that send none of them (curl, scripts) rely on the
 * token alone.
 */
final class OriginCheck {
    private OriginCheck() {
    }

    /** Why {@code request} is refused, or {@code null} when it may go on. */
    static String refusal(WebRequest request) {
        String site = request.header("Sec-Fetch-Site");
        if (site != null && !site.trim().equalsIgnoreCase("same-origin")) {
            return "the request came from another site (Sec-Fetch-Site: " + site.trim() + ")";
        }
        String origin = request.header("Origin");
        String source = origin != null ? origin : request.header("Referer");
        if (source == null) {
            return null;
        }
        if (sameOrigin(source, request.header("Host")) || sameOrigin(source, request.header("X-Forwarded-Host"))) {
            return null;
        }
        return "the request came from another origin (" + (origin != null ? "Origin" : "Referer") + " is not this server)";
    }

    /** Whether {@code url}'s host and port are those of the {@code Host} header {@code host}. */
    static boolean sameOrigin(String url, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        URI u;
        try {
            u = new URI(url.trim());
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (u.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            return false;
        }
        int defaultPort = scheme.equals("https") ? 443 : 80;
        int urlPort = u.getPort() < 0 ? defaultPort : u.getPort();
        String h = host.trim().split(",")[0].trim().toLowerCase(Locale.ROOT);
        String hostName;
        int hostPort;
        int close = h.lastIndexOf(']');
        int colon = h.lastIndexOf(':');
        if (colon > close) {
            hostName = h.substring(0, colon);
            try {
                hostPort = Integer.parseInt(h.substring(colon + 1));
            } catch (NumberFormatException e) {
                return false;
            }
        } else {
            hostName = h;
            hostPort = defaultPort;
        }
        return hostName.equals(u.getHost().toLowerCase(Locale.ROOT)) && hostPort == urlPort;
    }
}
