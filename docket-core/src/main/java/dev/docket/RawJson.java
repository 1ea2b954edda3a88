package dev.docket;

import java.util.Objects;

/**
 * JSON text passed through as is, for callers that already hold encoded arguments (the HTTP API,
 * other languages). It is checked to be well-formed JSON when enqueued.
 *
 * @param json the JSON text
 */
public record RawJson(String json) {
    public RawJson {
        Objects.requireNonNull(json, "json");
    }

    @Override
    public String toString() {
        return json;
    }
}
