package dev.docket.dashboard.html;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a URL's query string from encoded values, leaving out empty ones. */
public final class Query {
    private final Map<String, String> params = new LinkedHashMap<>();

    /** Sets {@code name} (a constant) to {@code value}; {@code null} or empty values are left out. */
    public Query set(String name, Object value) {
        if (value == null || String.valueOf(value).isEmpty()) {
            params.remove(name);
        } else {
            params.put(name, String.valueOf(value));
        }
        return this;
    }

    /** {@code url} with this query appended ({@code ?a=1&b=2}), or {@code url} alone when empty. */
    public String on(String url) {
        if (params.isEmpty()) {
            return url;
        }
        StringBuilder sb = new StringBuilder(url).append('?');
        params.forEach((k, v) -> {
            if (sb.charAt(sb.length() - 1) != '?') {
                sb.append('&');
            }
            sb.append(Paths.query(k)).append('=').append(Paths.query(v));
        });
        return sb.toString();
    }
}
