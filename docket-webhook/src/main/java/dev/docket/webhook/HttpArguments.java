package dev.docket.webhook;

import dev.docket.JsonCodec;
import dev.docket.NonRetryableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks an {@code http} job's arguments ({@code url}, {@code method}, {@code headers},
 * {@code body}, {@code timeoutMs}). Anything wrong is a {@link NonRetryableException} naming the
 * field: arguments do not get better by retrying.
 */
final class HttpArguments {
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Set<String> FIELDS = Set.of("url", "method", "headers", "body", "timeoutMs");

    private final JsonCodec json;
    private final String userAgent;
    private final Duration defaultTimeout;
    private final Duration maxTimeout;

    HttpArguments(JsonCodec json, String userAgent, Duration defaultTimeout, Duration maxTimeout) {
        this.json = json;
        this.userAgent = userAgent;
        this.defaultTimeout = defaultTimeout;
        this.maxTimeout = maxTimeout;
    }

    /** The request {@code args} describe. */
    HttpRequestSpec read(Map<String, Object> args) {
        if (args == null) {
            throw invalid("they are missing; give at least {\"url\": \"https://…\"}");
        }
        for (String field : args.keySet()) {
            if (!FIELDS.contains(field)) {
                throw invalid("unknown field '" + field + "'; the fields are url, method, headers, body and timeoutMs");
            }
        }
        Object url = args.get("url");
        if (!(url instanceof String text)) {
            throw invalid(url == null ? "url is missing" : "url must be a string");
        }
        TargetUrl target = TargetUrl.parse(text);
        String method = method(args.get("method"));
        List<Map.Entry<String, String>> headers = headers(args.get("headers"));
        Object body = args.get("body");
        byte[] bytes = body(body);
        if (body instanceof Map || body instanceof List) {
            addIfAbsent(headers, "Content-Type", "application/json");
        }
        addIfAbsent(headers, "User-Agent", userAgent);
        return new HttpRequestSpec(target, method, headers, bytes, timeout(args.get("timeoutMs")));
    }

    private static String method(Object value) {
        if (value == null) {
            return "POST";
        }
        if (!(value instanceof String text)) {
            throw invalid("method must be a string");
        }
        String method = text.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw invalid("method '" + text + "' is not allowed; use one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
        }
        return method;
    }

    private static List<Map.Entry<String, String>> headers(Object value) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (value == null) {
            return headers;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid("headers must be an object of header names to string values");
        }
        if (map.size() > HeaderRules.MAX_HEADERS) {
            throw invalid("headers has " + map.size() + " entries; at most " + HeaderRules.MAX_HEADERS + " are allowed");
        }
        Set<String> seen = new HashSet<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String name = String.valueOf(e.getKey());
            String problem = HeaderRules.nameProblem(name);
            if (problem != null) {
                throw invalid(problem);
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw invalid("header '" + name + "' is given twice (names are case-insensitive)");
            }
            if (!(e.getValue() instanceof String headerValue)) {
                throw invalid("header '" + name + "' must have a string value");
            }
            problem = HeaderRules.valueProblem(name, headerValue);
            if (problem != null) {
                throw invalid(problem);
            }
            headers.add(Map.entry(name, headerValue));
        }
        return headers;
    }

    private byte[] body(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (body instanceof Map || body instanceof List) {
            try {
                return json.encode(body).getBytes(StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                throw invalid("body cannot be written as JSON: " + e.getMessage());
            }
        }
        throw invalid("body must be a string (sent as is) or a JSON object or array (sent as JSON)");
    }

    private Duration timeout(Object value) {
        if (value == null) {
            return defaultTimeout;
        }
        if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
            throw invalid("timeoutMs must be a whole number of milliseconds");
        }
        double ms = number.doubleValue();
        if (ms < 1) {
            throw invalid("timeoutMs must be at least 1, was " + number);
        }
        return ms >= maxTimeout.toMillis() ? maxTimeout : Duration.ofMillis((long) ms);
    }

    private static void addIfAbsent(List<Map.Entry<String, String>> headers, String name, String value) {
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return;
            }
        }
        headers.add(Map.entry(name, value));
    }

    private static NonRetryableException invalid(String problem) {
        return new NonRetryableException("invalid http job arguments: " + problem);
    }
}
