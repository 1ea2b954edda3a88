package dev.docket.web;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP response: status, headers and a body that is already complete. */
public final class WebResponse {
    /** The content type of every JSON answer. */
    public static final String JSON = "application/json";

    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;

    private WebResponse(int status, Map<String, String> headers, byte[] body) {
        this.status = status;
        this.headers = Collections.unmodifiableMap(headers);
        this.body = body;
    }

    /** A response with {@code body} of the given content type. */
    public static WebResponse of(int status, String contentType, byte[] body) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", contentType);
        h.put("Cache-Control", "no-store");
        h.put("X-Content-Type-Options", "nosniff");
        return new WebResponse(status, h, body);
    }

    /**
     * A JSON response; {@code json} is already encoded. A final newline is added when missing, so
     * that answers read well in a terminal.
     */
    public static WebResponse json(int status, byte[] json) {
        if (json.length > 0 && json[json.length - 1] != '\n') {
            byte[] lined = java.util.Arrays.copyOf(json, json.length + 1);
            lined[json.length] = '\n';
            return of(status, JSON, lined);
        }
        return of(status, JSON, json);
    }

    /** A plain-text response. */
    public static WebResponse text(int status, String contentType, String text) {
        return of(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /** This response with one more header (replacing one of the same name). */
    public WebResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new WebResponse(status, h, body);
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The body bytes (do not modify). */
    public byte[] body() {
        return body;
    }

    /** The body as UTF-8 text (for tests and logs). */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
