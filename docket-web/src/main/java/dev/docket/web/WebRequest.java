package dev.docket.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One HTTP request as an adapter hands it over: the body is already read, and an adapter never
 * reads more than the configured limit (it answers 413 itself when a body is larger).
 */
public final class WebRequest {
    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final String remoteAddress;
    private final Map<String, String> pathParams;

    private WebRequest(String method, String path, Map<String, List<String>> query,
                       Map<String, List<String>> headers, byte[] body, String remoteAddress,
                       Map<String, String> pathParams) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.remoteAddress = remoteAddress;
        this.pathParams = pathParams;
    }

    /**
     * A request.
     *
     * @param method the HTTP method, upper case
     * @param rawPath the path as sent, still percent-encoded (segments are decoded when matched)
     * @param query the decoded query parameters
     * @param headers the headers (names are matched without regard to case)
     * @param body the body, empty when there is none
     * @param remoteAddress the client's address, for logs and worker names
     */
    public static WebRequest of(String method, String rawPath, Map<String, List<String>> query,
                                Map<String, List<String>> headers, byte[] body, String remoteAddress) {
        Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
        Map<String, List<String>> q = new TreeMap<>();
        query.forEach((k, v) -> q.put(k, List.copyOf(v)));
        return new WebRequest(method.toUpperCase(Locale.ROOT), Objects.requireNonNull(rawPath, "rawPath"), q, h,
                body == null ? new byte[0] : body, remoteAddress == null ? "unknown" : remoteAddress, Map.of());
    }

    /** This request with the parameters its route's template captured. */
    WebRequest withPathParams(Map<String, String> params) {
        return new WebRequest(method, path, query, headers, body, remoteAddress, Map.copyOf(params));
    }

    public String method() {
        return method;
    }

    /** The raw (percent-encoded) path. */
    public String path() {
        return path;
    }

    /** Every query parameter with all its values. */
    public Map<String, List<String>> query() {
        return query;
    }

    /** The first value of a query parameter, or {@code null}. */
    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The first value of a header, or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A parameter captured by the route's path template, decoded. */
    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("the route has no path parameter '" + name + "'");
        }
        return value;
    }

    /** The body bytes (do not modify). */
    public byte[] body() {
        return body;
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String remoteAddress() {
        return remoteAddress;
    }
}
