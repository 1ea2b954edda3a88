package dev.docket.dashboard.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes HTML with everything escaped: text and attribute values always are, and there is no way
 * to write raw markup. Tag and attribute names must be constants of a safe shape; inline event
 * handlers ({@code on…}) and {@code style} attributes are refused (the content security policy
 * would block them anyway); URL attributes must be local ({@code /…}, {@code ?…} or {@code #…}),
 * so no {@code javascript:} or foreign URL can be written, whatever a job contains.
 *
 * <pre>{@code
 * Html h = new Html();
 * h.open("p", "class", "note").text(job.type()).close("p");
 * }</pre>
 */
public final class Html {
    private static final Pattern TAG = Pattern.compile("[a-z][a-z0-9]*");
    private static final Pattern ATTRIBUTE = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "href", "src", "action", "formaction", "hx-get", "hx-post", "data-src", "cite", "poster");
    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    private final StringBuilder out = new StringBuilder(8192);

    /** Starts a document: the doctype. */
    public static Html document() {
        Html h = new Html();
        h.out.append("<!doctype html>\n");
        return h;
    }

    /**
     * Opens an element. {@code attributes} are name-value pairs; a {@code null} value leaves the
     * attribute out, an empty one writes a boolean attribute.
     */
    public Html open(String tag, String... attributes) {
        out.append('<').append(checkTag(tag));
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** Closes an element. */
    public Html close(String tag) {
        out.append("</").append(checkTag(tag)).append('>');
        return this;
    }

    /** A void element such as {@code input} or {@code meta}. */
    public Html empty(String tag, String... attributes) {
        if (!VOID.contains(tag)) {
            throw new IllegalArgumentException("<" + tag + "> is not a void element");
        }
        return open(tag, attributes);
    }

    /** An element holding only {@code text}. */
    public Html el(String tag, Object text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /**
     * A script loaded from this server ({@code <script src defer>}): the only way to write a
     * {@code script} element, so no inline script can exist.
     */
    public Html scriptFile(String src) {
        checkLocalUrl("src", src);
        out.append("<script src=\"");
        escape(src, out);
        out.append("\" defer></script>");
        return this;
    }

    /** Escaped text; {@code null} writes nothing. */
    public Html text(Object text) {
        if (text != null) {
            escape(String.valueOf(text), out);
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String[] pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name-value pairs");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            String name = checkAttribute(pairs[i]);
            String value = pairs[i + 1];
            if (value == null) {
                continue;
            }
            if (URL_ATTRIBUTES.contains(name)) {
                checkLocalUrl(name, value);
            }
            out.append(' ').append(name).append("=\"");
            escape(value, out);
            out.append('"');
        }
    }

    private static String checkTag(String tag) {
        if (tag == null || !TAG.matcher(tag).matches() || tag.equals("script") || tag.equals("style")) {
            throw new IllegalArgumentException("tag not allowed: " + tag);
        }
        return tag;
    }

    private static String checkAttribute(String name) {
        if (name == null || !ATTRIBUTE.matcher(name).matches() || name.startsWith("on") || name.equals("style")
                || name.startsWith("hx-on") || name.equals("srcdoc")) {
            throw new IllegalArgumentException("attribute not allowed: " + name);
        }
        return name;
    }

    /** Only same-origin URLs: a path ({@code /x}, never {@code //host}), a query or a fragment. */
    static void checkLocalUrl(String name, String value) {
        String v = value.toLowerCase(Locale.ROOT);
        boolean local = (v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\"))
                || v.startsWith("?") || v.startsWith("#");
        if (!local || v.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException(name + " must be a local URL, was '" + value + "'");
        }
    }

    /** Escapes the five HTML-special characters and replaces control characters other than tab and newlines. */
    static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
