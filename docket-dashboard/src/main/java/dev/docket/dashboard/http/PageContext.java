package dev.docket.dashboard.http;

import dev.docket.dashboard.html.Paths;
import dev.docket.web.WebRequest;
import java.time.Instant;

/**
 * One request as a page or action sees it.
 *
 * @param request the request
 * @param form the submitted fields ({@link Form#EMPTY} for a GET)
 * @param site the dashboard
 * @param csrf the CSRF token this page's forms carry
 * @param signedIn whether the request came with a session (then a sign-out button is shown)
 * @param now the time the request is answered at
 */
public record PageContext(WebRequest request, Form form, Site site, String csrf, boolean signedIn, Instant now) {
    public Paths paths() {
        return site.paths();
    }

    /** A query parameter, blank meaning absent ({@code null}). */
    public String param(String name) {
        String v = request.queryParam(name);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
