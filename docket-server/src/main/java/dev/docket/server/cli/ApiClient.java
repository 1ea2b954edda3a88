package dev.docket.server.cli;

import dev.docket.web.json.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** Calls the server's API and returns the answer as JSON, or throws {@link ApiFailure}. */
final class ApiClient {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final String token;
    private final boolean json;
    private final HttpClient http;

    ApiClient(String url, String token, boolean json) {
        this.base = parse(url);
        this.token = token == null || token.isEmpty() ? null : token;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    /** The answer to a request: the body as sent and as JSON. */
    record Answer(int status, String body, JsonNode json) {
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    Answer post(String path, JsonNode body) {
        return send("POST", path, body);
    }

    Answer put(String path, JsonNode body) {
        return send("PUT", path, body);
    }

    Answer delete(String path) {
        return send("DELETE", path, null);
    }

    private Answer send(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/v1" + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new ApiFailure(0, "cannot reach the Docket server at " + base
                    + " (is 'docket server' running? use --url to point elsewhere)", null, false);
        } catch (HttpTimeoutException e) {
            throw new ApiFailure(0, "the Docket server at " + base + " did not answer in time", null, false);
        } catch (IOException e) {
            throw new ApiFailure(0, "request to " + base + " failed: " + e.getMessage(), null, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiFailure(0, "interrupted", null, false);
        }
        String text = response.body() == null ? "" : response.body().stripTrailing();
        JsonNode node = parseQuietly(text);
        if (response.statusCode() >= 400) {
            String message = node != null && node.path("message").isString() ? node.path("message").stringValue()
                    : "the server answered HTTP " + response.statusCode();
            throw new ApiFailure(response.statusCode(), message, text, json);
        }
        if (node == null) {
            throw new ApiFailure(response.statusCode(), "the server's answer is not JSON", text, false);
        }
        return new Answer(response.statusCode(), text, node);
    }

    private static JsonNode parseQuietly(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Json.parse(text.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("--url must be an http(s) URL such as http://127.0.0.1:7070, was '" + url + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--url is not a URL: '" + url + "'");
        }
    }

    /** {@code value} percent-encoded for a path segment. */
    static String segment(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
