package dev.docket.web.json;

import dev.docket.web.ApiException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's one JSON mapper. Reading is strict: one value only, no duplicate keys, no comments;
 * bodies are read into trees and checked field by field ({@link JsonFields}), never bound to
 * classes named by the input. Decimals are read as {@code BigDecimal}, so arguments and results
 * keep every digit they were sent with.
 */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }

    /**
     * Parses a request body.
     *
     * @throws ApiException 400 {@code malformed_json} naming where the text is broken
     */
    public static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw ApiException.malformed("the request body is empty; send a JSON object");
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ApiException.malformed("the request body is empty; send a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw ApiException.malformed("malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")"));
        }
    }

    /** Parses JSON text the store holds (arguments, results); {@code null} stays {@code null}. */
    public static JsonNode parseStored(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalStateException("stored JSON is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** A node as compact JSON text. */
    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** A node as compact JSON bytes (UTF-8). */
    public static byte[] bytes(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }

    /** A node as indented JSON text, for people. */
    public static String pretty(JsonNode node) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }
}
