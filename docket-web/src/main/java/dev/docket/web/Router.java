package dev.docket.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Routes requests to handlers by method and path template, checks the route's {@link AuthPolicy},
 * and turns every failure into a JSON error: 404 for unknown paths, 405 (with {@code Allow}) for a
 * known path with another method.
 */
public final class Router {
    private final List<Route> routes = new ArrayList<>();
    private final AccessControl access;
    private SessionAuthenticator sessions;

    Router(AccessControl access) {
        this.access = access;
    }

    /** Adds a route; {@code auth} is required. */
    public Router add(String method, String template, AuthPolicy auth, WebHandler handler) {
        Route route = new Route(method, PathTemplate.parse(template), auth, handler);
        for (Route r : routes) {
            if (r.method().equals(route.method()) && r.path().template().equals(template)) {
                throw new IllegalStateException("route " + route.describe() + " is added twice");
            }
        }
        routes.add(route);
        return this;
    }

    /**
     * Sets who decides {@link AuthPolicy#SESSION} routes (once; the module that signs people in).
     *
     * @throws IllegalStateException when one is set already
     */
    public synchronized Router sessions(SessionAuthenticator authenticator) {
        if (sessions != null) {
            throw new IllegalStateException("a session authenticator is set already");
        }
        this.sessions = Objects.requireNonNull(authenticator, "authenticator");
        return this;
    }

    /** Every route, in the order added. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Answers {@code request}; never throws. */
    public WebResponse handle(WebRequest request) {
        String what = request.method() + " " + request.path();
        try {
            TreeSet<String> allowed = new TreeSet<>();
            for (Route route : routes) {
                Optional<Map<String, String>> params = route.path().match(request.path());
                if (params.isEmpty()) {
                    continue;
                }
                if (!route.method().equals(request.method())) {
                    allowed.add(route.method());
                    continue;
                }
                WebResponse refused = access.check(route, request, sessions);
                if (refused != null) {
                    return refused;
                }
                return route.handler().handle(request.withPathParams(params.get()));
            }
            if (!allowed.isEmpty()) {
                return ApiErrors.body(405, "method_not_allowed", request.method() + " is not allowed on "
                        + request.path() + "; use " + String.join(" or ", allowed))
                        .withHeader("Allow", String.join(", ", allowed));
            }
            return ApiErrors.body(404, "not_found", "no such path: " + request.path());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ApiErrors.toResponse(e, what);
        } catch (RuntimeException e) {
            return ApiErrors.toResponse(e, what);
        }
    }
}
