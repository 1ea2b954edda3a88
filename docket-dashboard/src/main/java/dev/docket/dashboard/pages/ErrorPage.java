package dev.docket.dashboard.pages;

import dev.docket.dashboard.http.PageContext;
import dev.docket.web.WebResponse;

/** Refusals and failures as pages: what went wrong, and a way back. */
public final class ErrorPage {
    private ErrorPage() {
    }

    /** A page with {@code status}, a title and a message (escaped like everything else). */
    public static WebResponse render(PageContext ctx, int status, String title, String message) {
        WebResponse r = Layout.page(ctx, status, title, Nav.NONE, h -> {
            h.el("p", message, "class", "error-message");
            h.open("p").el("a", "Back to the overview", "href", ctx.paths().home()).close("p");
        });
        return status == 503 ? r.withHeader("Retry-After", "1") : r;
    }
}
