package dev.docket;

/** Base of Docket's unchecked exceptions. */
public class DocketException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DocketException(String message) {
        super(message);
    }

    public DocketException(String message, Throwable cause) {
        super(message, cause);
    }
}
