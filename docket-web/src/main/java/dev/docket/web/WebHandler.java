package dev.docket.web;

/**
 * Answers one request. A handler signals client errors by throwing {@link ApiException}; the
 * router turns that, and store failures, into the contract's JSON error bodies.
 */
@FunctionalInterface
public interface WebHandler {
    WebResponse handle(WebRequest request) throws InterruptedException;
}
