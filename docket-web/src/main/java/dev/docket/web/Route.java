package dev.docket.web;

import java.util.Objects;

/**
 * One route: method, path template, who may call it, and the handler. The auth policy is required,
 * so no route exists without one.
 *
 * @param method the HTTP method, upper case
 * @param path the path template
 * @param auth who may call it
 * @param handler what answers
 */
public record Route(String method, PathTemplate path, AuthPolicy auth, WebHandler handler) {
    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(auth, "auth policy of " + method + " " + path);
        Objects.requireNonNull(handler, "handler");
    }

    /** {@code "GET /api/v1/jobs/{id}"}. */
    public String describe() {
        return method + " " + path.template();
    }
}
