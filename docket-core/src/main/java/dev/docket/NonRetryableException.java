package dev.docket;

/**
 * Thrown by a handler to say the job can never succeed (bad input, a permanent refusal): the job
 * goes straight to {@code dead} with this error, whatever attempts it has left.
 */
public class NonRetryableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NonRetryableException(String message) {
        super(message);
    }

    public NonRetryableException(String message, Throwable cause) {
        super(message, cause);
    }
}
