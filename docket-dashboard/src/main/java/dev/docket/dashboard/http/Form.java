package dev.docket.dashboard.http;

import dev.docket.web.WebRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of a submitted form ({@code application/x-www-form-urlencoded}). */
public final class Form {
    /** No fields (a GET). */
    public static final Form EMPTY = new Form(Map.of());
    private static final int MAX_FIELDS = 100;

    private final Map<String, List<String>> fields;

    private Form(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /**
     * Reads {@code request}'s body as form fields.
     *
     * @throws PageException 400 when it is not a form
     */
    public static Form parse(WebRequest request) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String body = request.bodyText();
        if (body.isEmpty()) {
            return new Form(out);
        }
        String[] pairs = body.split("&");
        if (pairs.length > MAX_FIELDS) {
            throw PageException.badRequest("the form has more than " + MAX_FIELDS + " fields");
        }
        try {
            for (String pair : pairs) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException e) {
            throw PageException.badRequest("the form is not URL-encoded: " + e.getMessage());
        }
        return new Form(out);
    }

    /** The first value of {@code name}, or {@code null}. */
    public String get(String name) {
        List<String> v = fields.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The first value of {@code name}, blank meaning absent ({@code null}). */
    public String optional(String name) {
        String v = get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
