package dev.docket;

/**
 * Turns job arguments and results into JSON text and back. The default is {@link JacksonJsonCodec};
 * frameworks pass their own configured mapper. A codec must never write or trust class names in the
 * JSON it reads.
 */
public interface JsonCodec {
    /**
     * Writes {@code value} as JSON text. A {@link RawJson} is returned as is.
     *
     * @throws JsonException when it cannot be written
     */
    String encode(Object value);

    /**
     * Reads {@code json} into {@code type}.
     *
     * @throws JsonException when the text is not JSON or does not fit the type
     */
    <T> T decode(String json, Class<T> type);

    /**
     * Checks that {@code json} is one well-formed JSON value and returns it in a compact form.
     *
     * @throws JsonException naming what is wrong
     */
    String normalize(String json);
}
