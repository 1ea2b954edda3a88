package dev.docket.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests: real requests over loopback, answers parsed as JSON when they are. */
public final class Http {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String token;

    public Http(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** An answer: status, content type, body text and (when it is JSON) the parsed body. */
    public record Answer(int status, String contentType, String body, JsonNode json, HttpResponse<String> raw) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The error code of an error body. */
        public String error() {
            return json == null ? null : json.path("error").asString(null);
        }

        public String message() {
            return json == null ? null : json.path("message").asString(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Answer get(String path) {
        return send("GET", path, null);
    }

    public Answer post(String path, String body) {
        return send("POST", path, body);
    }

    public Answer delete(String path) {
        return send("DELETE", path, null);
    }

    public Answer send(String method, String path, String body) {
        try {
            return toAnswer(CLIENT.send(request(method, path, body).build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public CompletableFuture<Answer> postAsync(String path, String body) {
        return CLIENT.sendAsync(request("POST", path, body).build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(Http::toAnswer);
    }

    /** A request builder with the token (if any) and a timeout. */
    public HttpRequest.Builder request(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(90))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    public static Answer toAnswer(HttpResponse<String> r) {
        JsonNode json = null;
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("application/json")) {
            json = JSON.readTree(r.body());
        }
        return new Answer(r.statusCode(), type, r.body(), json, r);
    }

    /** Parses JSON text (for expected values). */
    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
