package dev.docket.dashboard.pages;

import dev.docket.dashboard.html.Html;
import dev.docket.dashboard.http.PageContext;

/**
 * Action buttons: each a real {@code <form method="post">} with the CSRF token, so it works
 * without JavaScript; htmx submits it in the background when present.
 */
public final class Forms {
    /** The name of the CSRF field. */
    public static final String CSRF_FIELD = "_csrf";

    private Forms() {
    }

    /** A one-button form posting to {@code action}; {@code hidden} are name-value pairs. */
    public static void button(Html h, PageContext ctx, String action, String label, String cssClass, String... hidden) {
        buttonWithConfirm(h, ctx, action, label, cssClass, null, hidden);
    }

    /** Like {@link #button}, asking {@code confirm} first when htmx runs. */
    public static void buttonWithConfirm(Html h, PageContext ctx, String action, String label, String cssClass,
                                         String confirm, String... hidden) {
        h.open("form", "method", "post", "action", action, "class", "inline", "hx-confirm", confirm);
        csrf(h, ctx);
        for (int i = 0; i + 1 < hidden.length; i += 2) {
            if (hidden[i + 1] != null) {
                h.empty("input", "type", "hidden", "name", hidden[i], "value", hidden[i + 1]);
            }
        }
        h.el("button", label, "type", "submit", "class", cssClass);
        h.close("form");
    }

    /** The hidden CSRF field of a form. */
    public static void csrf(Html h, PageContext ctx) {
        h.empty("input", "type", "hidden", "name", CSRF_FIELD, "value", ctx.csrf());
    }
}
