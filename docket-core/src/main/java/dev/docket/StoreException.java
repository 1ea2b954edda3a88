package dev.docket;

/**
 * The store could not do what was asked (unreachable, a constraint failed, I/O error). An enqueue
 * that throws this was not acknowledged: the job may or may not exist, never "silently" both.
 */
public class StoreException extends DocketException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
