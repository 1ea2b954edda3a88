package dev.docket.dashboard.actions;

import dev.docket.dashboard.http.PageContext;
import dev.docket.dashboard.pages.Notices;
import dev.docket.dashboard.pages.SignInPage;
import dev.docket.dashboard.security.DashboardSecurity;
import dev.docket.dashboard.security.SignInResult;
import dev.docket.web.WebResponse;

/** The sign-in form, signing in, and signing out. */
public final class SignInActions {
    private final DashboardSecurity security;

    public SignInActions(DashboardSecurity security) {
        this.security = security;
    }

    /** GET: the form (or straight on when there is nothing to sign in to, or one is signed in already). */
    public WebResponse form(PageContext ctx) {
        String next = next(ctx, ctx.param("next"));
        if (!security.signInRequired() || ctx.signedIn()) {
            return Redirect.to(next != null ? next : ctx.paths().home());
        }
        return SignInPage.page(ctx, 200, null, next);
    }

    /** POST: checks the token; a new session on success. */
    public WebResponse signIn(PageContext ctx) {
        String next = next(ctx, ctx.form().optional("next"));
        if (!security.signInRequired()) {
            return Redirect.to(ctx.paths().home());
        }
        SignInResult r = security.signIn(ctx.request(), ctx.form().get("token"));
        return switch (r.status()) {
            case SIGNED_IN -> Redirect.to(next != null ? next : ctx.paths().home()).withHeader("Set-Cookie", r.setCookie());
            case WRONG_TOKEN -> SignInPage.page(ctx, 401, "That is not the server's token.", next);
            case THROTTLED -> SignInPage.page(ctx, 429, "Too many failed attempts from your address. Try again in "
                    + Math.max(1, r.retryAfter().toSeconds()) + " s.", next)
                    .withHeader("Retry-After", Long.toString(Math.max(1, r.retryAfter().toSeconds())));
        };
    }

    /** POST: ends the session. */
    public WebResponse signOut(PageContext ctx) {
        String cookie = security.signOut(ctx.request());
        String target = security.signInRequired()
                ? Redirect.withNotice(ctx.paths().to("login"), Notices.key("signed-out")) : ctx.paths().home();
        return Redirect.to(target).withHeader("Set-Cookie", cookie);
    }

    private static String next(PageContext ctx, String next) {
        return next != null && ctx.paths().isOwnUrl(next) && !next.startsWith(ctx.paths().to("login")) ? next : null;
    }
}
