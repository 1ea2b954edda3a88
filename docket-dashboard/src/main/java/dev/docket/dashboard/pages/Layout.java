package dev.docket.dashboard.pages;

import dev.docket.dashboard.html.Html;
import dev.docket.dashboard.http.PageContext;
import dev.docket.web.WebResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The frame of every page: head with the vendored scripts (loaded from this server, deferred), the
 * navigation, a skip link, and the page's own content in {@code <main>}. Links and forms are plain
 * HTML; htmx ({@code hx-boost}) only makes them load without a full page reload.
 */
public final class Layout {
    /** The content type of every page. */
    public static final String HTML = "text/html; charset=utf-8";

    /**
     * htmx settings: no {@code eval}, no inline scripts or styles of its own, no copies of pages in
     * local storage, requests to this origin only, and error pages shown rather than dropped.
     */
    static final String HTMX_CONFIG = "{\"includeIndicatorStyles\":false,\"allowEval\":false,"
            + "\"allowScriptTags\":false,\"historyCacheSize\":0,\"selfRequestsOnly\":true,"
            + "\"responseHandling\":[{\"code\":\"204\",\"swap\":false},{\"code\":\"[23]..\",\"swap\":true},"
            + "{\"code\":\"[45]..\",\"swap\":true,\"error\":true}]}";

    private Layout() {
    }

    /** A full page. */
    public static WebResponse page(PageContext ctx, int status, String title, Nav current, Consumer<Html> content) {
        String base = ctx.paths().base();
        Html h = Html.document();
        h.open("html", "lang", "en").open("head");
        h.empty("meta", "charset", "utf-8");
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.empty("meta", "name", "htmx-config", "content", HTMX_CONFIG);
        h.el("title", title + " · Docket");
        h.empty("link", "rel", "icon", "href", ctx.site().assets().url(base, "favicon.svg"), "type", "image/svg+xml");
        h.empty("link", "rel", "stylesheet", "href", ctx.site().assets().url(base, "uPlot.min.css"));
        h.empty("link", "rel", "stylesheet", "href", ctx.site().assets().url(base, "dashboard.css"));
        h.scriptFile(ctx.site().assets().url(base, "htmx.min.js"));
        h.scriptFile(ctx.site().assets().url(base, "uPlot.iife.min.js"));
        h.scriptFile(ctx.site().assets().url(base, "dashboard.js"));
        h.close("head");
        h.open("body", "hx-boost", "true");
        h.el("a", "Skip to content", "class", "skip-link", "href", "#main");
        header(h, ctx, current);
        h.open("main", "id", "main", "tabindex", "-1");
        h.el("h1", title);
        Notices.render(h, ctx);
        content.accept(h);
        h.close("main").close("body").close("html");
        return WebResponse.of(status, HTML, h.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A piece of a page, for live updates. */
    public static WebResponse fragment(Html h) {
        return WebResponse.of(200, HTML, h.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void header(Html h, PageContext ctx, Nav current) {
        h.open("header", "class", "top");
        h.el("a", "Docket", "class", "brand", "href", ctx.paths().home());
        if (current != Nav.NONE || !ctx.site().signInRequired() || ctx.signedIn()) {
            h.open("nav", "aria-label", "Main").open("ul");
            for (Nav n : Nav.values()) {
                if (n == Nav.NONE) {
                    continue;
                }
                h.open("li").el("a", n.label(), "href", ctx.paths().template(n.path()),
                        "aria-current", n == current ? "page" : null).close("li");
            }
            h.close("ul").close("nav");
        }
        if (ctx.signedIn()) {
            Forms.button(h, ctx, ctx.paths().to("logout"), "Sign out", "button-quiet");
        }
        h.close("header");
    }
}
