package dev.docket.webhook;

import dev.docket.NonRetryableException;

/**
 * The destination of an {@code http} job is not allowed: its host is, or resolves to, an address
 * the {@link AddressPolicy} refuses (loopback, private, link-local, metadata, …), or it is written
 * in an ambiguous numeric form. The job goes straight to {@code dead}: asking again later would
 * get the same answer, and a destination that only sometimes resolves to a refused address is
 * exactly what DNS rebinding looks like.
 */
public class RefusedDestinationException extends NonRetryableException {
    private static final long serialVersionUID = 1L;

    public RefusedDestinationException(String message) {
        super(message);
    }
}
