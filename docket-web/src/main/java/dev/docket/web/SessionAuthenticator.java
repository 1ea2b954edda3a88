package dev.docket.web;

/**
 * Decides {@link AuthPolicy#SESSION} routes when the server has a token: the module that signs
 * people in (the dashboard) knows its sessions, the router only asks. A server without a token never
 * calls it (it serves loopback only, see {@link DocketWeb.Builder#loopbackOnly}).
 */
public interface SessionAuthenticator {
    /** Whether {@code request} carries a live session. */
    boolean isSignedIn(WebRequest request);

    /** The answer to a request without one, e.g. a redirect to the sign-in form. */
    WebResponse signInRequired(WebRequest request);
}
