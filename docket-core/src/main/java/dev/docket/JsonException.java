package dev.docket;

/** A value could not be written as JSON, or JSON text could not be read into the asked type. */
public class JsonException extends DocketException {
    private static final long serialVersionUID = 1L;

    public JsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
