package dev.docket.webhook;

/**
 * A delivery attempt failed in a way that may pass on a later attempt: a 5xx or 429 answer, a
 * timeout, a refused or reset connection, a TLS failure, or a malformed response. Docket retries
 * the job after its backoff.
 */
public class HttpDeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    /** A failure without an HTTP status (no usable response). */
    public HttpDeliveryException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    /** The server answered with {@code status}. */
    public HttpDeliveryException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status the server answered with, or -1 when there was no usable response. */
    public int status() {
        return status;
    }
}
