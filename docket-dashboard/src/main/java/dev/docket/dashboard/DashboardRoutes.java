package dev.docket.dashboard;

import dev.docket.StoreException;
import dev.docket.dashboard.http.Form;
import dev.docket.dashboard.http.PageContext;
import dev.docket.dashboard.http.PageException;
import dev.docket.dashboard.http.PageHandler;
import dev.docket.dashboard.http.Site;
import dev.docket.dashboard.pages.ErrorPage;
import dev.docket.dashboard.pages.Forms;
import dev.docket.dashboard.security.CsrfGrant;
import dev.docket.dashboard.security.DashboardSecurity;
import dev.docket.web.AuthPolicy;
import dev.docket.web.Router;
import dev.docket.web.WebHandler;
import dev.docket.web.WebRequest;
import dev.docket.web.WebResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds dashboard routes to a router, each with its auth policy, and wraps every handler the same
 * way: state-changing routes (POST) are refused with 403 unless they come from this origin and carry
 * the CSRF token; failures become error pages; every answer gets the security headers (content
 * security policy and friends). GET routes only read.
 */
final class DashboardRoutes {
    private static final Logger log = LoggerFactory.getLogger(DashboardRoutes.class);

    private final Router router;
    private final Site site;
    private final DashboardSecurity security;

    DashboardRoutes(Router router, Site site, DashboardSecurity security) {
        this.router = router;
        this.site = site;
        this.security = security;
    }

    /** A page or read-only endpoint for signed-in users. */
    void page(String path, PageHandler handler) {
        router.add("GET", site.paths().template(path), AuthPolicy.SESSION, wrap(handler, false));
    }

    /** A state-changing action for signed-in users: POST, origin and CSRF checked. */
    void action(String path, PageHandler handler) {
        router.add("POST", site.paths().template(path), AuthPolicy.SESSION, wrap(handler, true));
    }

    /** A route anyone may reach (sign-in, static files); POST ones are origin and CSRF checked too. */
    void open(String method, String path, PageHandler handler) {
        router.add(method, site.paths().template(path), AuthPolicy.PUBLIC, wrap(handler, !method.equals("GET")));
    }

    /** A static file anyone may fetch: no cookies, no session, only the security headers. */
    void file(String path, WebHandler handler) {
        router.add("GET", site.paths().template(path), AuthPolicy.PUBLIC,
                request -> DashboardSecurity.harden(handler.handle(request)));
    }

    /** The context for {@code request}, with the CSRF token its page's forms carry. */
    PageContext context(WebRequest request, Form form, CsrfGrant grant) {
        return new PageContext(request, form, site, grant.token(), security.session(request).isPresent(),
                site.clock().instant());
    }

    private WebHandler wrap(PageHandler handler, boolean stateChanging) {
        return request -> {
            CsrfGrant grant = security.csrf(request);
            PageContext ctx = context(request, Form.EMPTY, grant);
            WebResponse response;
            try {
                if (stateChanging) {
                    Form form = Form.parse(request);
                    ctx = context(request, form, grant);
                    String refusal = security.refusal(request, form.get(Forms.CSRF_FIELD));
                    if (refusal != null) {
                        throw new PageException(403, "Refused", "This request was refused: " + refusal + ".");
                    }
                }
                response = handler.handle(ctx);
            } catch (PageException e) {
                response = ErrorPage.render(ctx, e.status(), e.title(), e.getMessage());
            } catch (IllegalArgumentException e) {
                response = ErrorPage.render(ctx, 400, "Bad request", e.getMessage());
            } catch (StoreException e) {
                log.warn("{} {}: the store failed: {}", request.method(), request.path(), e.getMessage());
                response = ErrorPage.render(ctx, 503, "Store unavailable",
                        "The store did not answer. Nothing was changed; try again in a moment.");
            } catch (RuntimeException e) {
                log.error("{} {}: unexpected failure", request.method(), request.path(), e);
                response = ErrorPage.render(ctx, 500, "Something went wrong",
                        "The dashboard failed to answer (" + e.getClass().getSimpleName() + "); the server log has the details.");
            }
            if (grant.setCookie() != null && !response.headers().containsKey("Set-Cookie")) {
                response = response.withHeader("Set-Cookie", grant.setCookie());
            }
            return DashboardSecurity.harden(response);
        };
    }
}
