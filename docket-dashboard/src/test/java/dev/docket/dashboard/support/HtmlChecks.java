package dev.docket.dashboard.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a page is made only of the dashboard's own markup: every tag is one the dashboard
 * writes, no tag has an event handler or inline style, scripts come only from the dashboard's
 * static files, and URLs are local.
 */
public final class HtmlChecks {
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:=\"([^\"]*)\")?");
    private static final Set<String> TAGS = Set.of("html", "head", "meta", "title", "link", "script", "body", "a",
            "header", "nav", "ul", "ol", "li", "main", "h1", "h2", "p", "section", "span", "div", "table", "thead",
            "tbody", "tr", "th", "td", "time", "details", "summary", "form", "input", "button", "label", "select",
            "option", "datalist", "dl", "dt", "dd", "pre", "code", "strong");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "hx-get", "hx-post", "data-src");

    private HtmlChecks() {
    }

    /** Fails unless {@code html} holds only the dashboard's own tags and attributes. */
    public static void onlyOwnMarkup(String what, String html, String base) {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase();
            assertThat(TAGS).as(what + ": tag " + tag.group()).contains(name);
            Matcher a = ATTRIBUTE.matcher(tag.group(2));
            while (a.find()) {
                String attr = a.group(1).toLowerCase();
                assertThat(attr).as(what + ": " + tag.group()).doesNotStartWith("on").isNotEqualTo("style")
                        .isNotEqualTo("srcdoc").doesNotStartWith("hx-on").isNotEqualTo("hx-post")
                        .isNotEqualTo("http-equiv");
                String value = a.group(2) == null ? "" : a.group(2);
                if (URL_ATTRIBUTES.contains(attr)) {
                    assertThat(value).as(what + ": " + tag.group()).matches("(/|#|\\?).*").doesNotStartWith("//");
                    if (value.startsWith("/")) {
                        assertThat(value).as(what + ": " + tag.group()).startsWith(base.isEmpty() ? "/" : base);
                    }
                }
            }
            if (name.equals("script")) {
                assertThat(tag.group(2)).as(what).matches(" src=\"" + Pattern.quote(base) + "/static/[a-zA-Z.]+\\.js\\?v=[0-9a-f]+\" defer");
            }
        }
    }
}
