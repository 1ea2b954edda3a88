package dev.docket.dashboard.pages;

import dev.docket.dashboard.http.PageContext;
import dev.docket.web.WebResponse;

/** The sign-in form: the server's token, typed once per browser session. */
public final class SignInPage {
    private SignInPage() {
    }

    /**
     * The form.
     *
     * @param status 200, or the status of a failed attempt (401, 429)
     * @param problem what went wrong with the last attempt, or {@code null}
     * @param next where to go after signing in (already checked to be a dashboard URL), or {@code null}
     */
    public static WebResponse page(PageContext ctx, int status, String problem, String next) {
        return Layout.page(ctx, status, "Sign in", Nav.NONE, h -> {
            if (problem != null) {
                h.el("p", problem, "class", "error-message", "role", "alert");
            }
            h.open("form", "method", "post", "action", ctx.paths().to("login"), "class", "sign-in");
            Forms.csrf(h, ctx);
            if (next != null) {
                h.empty("input", "type", "hidden", "name", "next", "value", next);
            }
            h.open("label", "for", "token").text("Token").close("label");
            h.empty("input", "type", "password", "id", "token", "name", "token", "required", "",
                    "autocomplete", "current-password", "autofocus", "");
            h.el("p", "The token the server was started with (--token or DOCKET_TOKEN).", "class", "hint");
            h.el("button", "Sign in", "type", "submit", "class", "button");
            h.close("form");
        });
    }
}
