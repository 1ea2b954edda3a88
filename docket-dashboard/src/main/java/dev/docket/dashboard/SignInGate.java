package dev.docket.dashboard;

import dev.docket.dashboard.html.Query;
import dev.docket.dashboard.http.Form;
import dev.docket.dashboard.http.Site;
import dev.docket.dashboard.pages.ErrorPage;
import dev.docket.dashboard.security.DashboardSecurity;
import dev.docket.web.SessionAuthenticator;
import dev.docket.web.WebRequest;
import dev.docket.web.WebResponse;
import java.util.List;
import java.util.Map;

/**
 * Tells the router which requests are signed in, and what to answer the others: a page load is
 * sent to the sign-in form (which brings the person back afterwards); anything else (a form post,
 * a background refresh) gets 401 with a link to sign in, and htmx is told to go there.
 */
final class SignInGate implements SessionAuthenticator {
    private final Site site;
    private final DashboardSecurity security;
    private final DashboardRoutes routes;

    SignInGate(Site site, DashboardSecurity security, DashboardRoutes routes) {
        this.site = site;
        this.security = security;
        this.routes = routes;
    }

    @Override
    public boolean isSignedIn(WebRequest request) {
        return security.session(request).isPresent();
    }

    @Override
    public WebResponse signInRequired(WebRequest request) {
        String login = site.paths().to("login");
        boolean pageLoad = request.method().equals("GET") && request.header("HX-Request") == null;
        String here = here(request);
        String target = here != null && pageLoad ? new Query().set("next", here).on(login) : login;
        if (pageLoad) {
            return DashboardSecurity.harden(WebResponse.text(303, "text/plain; charset=utf-8", "Sign in at " + target + "\n")
                    .withHeader("Location", target));
        }
        WebResponse page = ErrorPage.render(routes.context(request, Form.EMPTY, security.csrf(request)), 401,
                "Sign in required", "Your session has ended or you have not signed in yet. Sign in and try again.");
        return DashboardSecurity.harden(page.withHeader("HX-Redirect", login));
    }

    /** The URL asked for, to come back to after signing in; {@code null} if it is not a dashboard URL. */
    private String here(WebRequest request) {
        Query q = new Query();
        for (Map.Entry<String, List<String>> e : request.query().entrySet()) {
            if (!e.getValue().isEmpty()) {
                q.set(e.getKey(), e.getValue().get(0));
            }
        }
        String url = q.on(request.path());
        return site.paths().isOwnUrl(url) ? url : null;
    }
}
