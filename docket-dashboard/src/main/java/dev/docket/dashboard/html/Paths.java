package dev.docket.dashboard.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The dashboard's URLs under its base path ({@code ""} at the root, or e.g. {@code /jobs} when
 * mounted inside an application). Names from jobs and queues are percent-encoded into path segments
 * and query values, so they can never change the shape of a URL.
 */
public final class Paths {
    private static final Pattern BASE = Pattern.compile("(/[A-Za-z0-9._~-]+)*");

    private final String base;

    private Paths(String base) {
        this.base = base;
    }

    /**
     * Paths under {@code base}: empty or {@code /} for the root, else {@code /segment[/segment…]}
     * (letters, digits, {@code . _ ~ -}); a trailing slash is dropped.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public static Paths under(String base) {
        String b = base == null ? "" : base.trim();
        if (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        if (!BASE.matcher(b).matches()) {
            throw new IllegalArgumentException("invalid dashboard base path '" + base
                    + "': use '/' or segments of letters, digits and . _ ~ - such as /jobs or /ops/docket");
        }
        return new Paths(b);
    }

    /** The base path without a trailing slash ({@code ""} at the root). */
    public String base() {
        return base;
    }

    /** The overview's URL: {@code /} at the root, else the base path itself. */
    public String home() {
        return base.isEmpty() ? "/" : base;
    }

    /** The route template of a page under the base, e.g. {@code template("/jobs/{id}")}. */
    public String template(String path) {
        if (path.equals("/")) {
            return home();
        }
        return base + path;
    }

    /** A URL of fixed segments followed by encoded ones: {@code to("jobs", id, "retry")} encodes each. */
    public String to(String... segments) {
        StringBuilder sb = new StringBuilder(base);
        for (String s : segments) {
            sb.append('/').append(segment(s));
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }

    /** The cookie {@code Path} attribute for this dashboard. */
    public String cookiePath() {
        return home();
    }

    /**
     * Whether {@code url} is a URL of this dashboard that is safe to redirect to (a local path under
     * the base, no scheme, no host, no backslash, no control character).
     */
    public boolean isOwnUrl(String url) {
        if (url == null || url.isEmpty() || url.length() > 2000 || !url.startsWith("/") || url.startsWith("//")
                || url.contains("\\") || url.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return false;
        }
        if (base.isEmpty()) {
            return true;
        }
        return url.equals(base) || url.startsWith(base + "/") || url.startsWith(base + "?");
    }

    /** Percent-encodes one path segment. */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Percent-encodes one query value. */
    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
