package dev.docket.dashboard.actions;

import dev.docket.dashboard.http.PageContext;
import dev.docket.web.WebResponse;

/** Post/redirect/get: every action ends with 303 See Other to a page, so reloading repeats nothing. */
final class Redirect {
    private Redirect() {
    }

    /** 303 to {@code url}. */
    static WebResponse to(String url) {
        return WebResponse.text(303, "text/plain; charset=utf-8", "See " + url + "\n").withHeader("Location", url);
    }

    /** 303 to the form's {@code back} field when it is a URL of this dashboard, else to {@code fallback}; with a notice. */
    static WebResponse back(PageContext ctx, String fallback, String notice) {
        String back = ctx.form().optional("back");
        String target = back != null && ctx.paths().isOwnUrl(back) ? back : fallback;
        return to(withNotice(target, notice));
    }

    /** {@code url} with {@code done=notice}. */
    static String withNotice(String url, String notice) {
        return url + (url.contains("?") ? "&" : "?") + "done=" + notice;
    }

    /** {@code url} with a notice and a count. */
    static String withNotice(String url, String notice, long n) {
        return withNotice(url, notice) + "&n=" + n;
    }
}
