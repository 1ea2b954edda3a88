package dev.docket.dashboard.http;

import dev.docket.web.WebResponse;

/** Answers one dashboard request: renders a page or carries out an action. */
@FunctionalInterface
public interface PageHandler {
    /**
     * @throws PageException to answer with an error page
     * @throws IllegalArgumentException for bad input (answered with a 400 page)
     */
    WebResponse handle(PageContext ctx);
}
