package dev.docket.web;

/**
 * A part of Docket's HTTP surface that lives in another module (the dashboard) and is added to a
 * {@link DocketWeb} when it is built, so that one router, one access control and one route
 * inventory cover everything a server answers.
 */
public interface WebModule {
    /**
     * Adds this module's routes, each with its {@link AuthPolicy}.
     *
     * @param router where to add them (a module that signs people in also sets
     *     {@link Router#sessions(SessionAuthenticator)})
     * @param token the server's token, or {@code null} when it has none (then only loopback is served)
     */
    void register(Router router, BearerToken token);
}
