package dev.docket;

import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The default {@link JsonCodec}, on Jackson 3. Unknown properties are ignored when reading (so
 * producers may add fields before consumers know them), dates are ISO-8601 text, and no type ids
 * are ever read or written.
 */
public final class JacksonJsonCodec implements JsonCodec {
    private final JsonMapper mapper;
    /** A reader per argument class, so decoding a job does not look its type and deserializer up again. */
    private final ClassValue<ObjectReader> readers = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return mapper.readerFor(type);
        }
    };

    private JacksonJsonCodec(JsonMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** A codec with Docket's default mapper settings. */
    public static JacksonJsonCodec create() {
        return new JacksonJsonCodec(JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build());
    }

    /** A codec on the application's own mapper. */
    public static JacksonJsonCodec using(JsonMapper mapper) {
        return new JacksonJsonCodec(mapper);
    }

    @Override
    public String encode(Object value) {
        if (value instanceof RawJson raw) {
            return normalize(raw.json());
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new JsonException("cannot write " + (value == null ? "null" : value.getClass().getName())
                    + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public <T> T decode(String json, Class<T> type) {
        try {
            return readers.get(type).readValue(json);
        } catch (JacksonException e) {
            throw new JsonException("cannot read JSON as " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * {@inheritDoc} Numbers keep their exact value: decimals are read as {@code BigDecimal}, so text
     * from other languages (huge exponents, more digits than a double holds) is never rounded or
     * turned into something else.
     */
    @Override
    public String normalize(String json) {
        try {
            JsonNode node = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new JsonException("empty JSON text", null);
            }
            return mapper.writeValueAsString(node);
        } catch (JacksonException e) {
            throw new JsonException("malformed JSON: " + e.getOriginalMessage(), e);
        }
    }
}
