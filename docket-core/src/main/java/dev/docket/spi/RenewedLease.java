package dev.docket.spi;

import java.time.Instant;

/**
 * A lease that is still held, extended.
 *
 * @param lease the attempt
 * @param expiresAt the new expiry
 * @param cancelRequested whether the job has been asked to stop
 */
public record RenewedLease(LeaseRef lease, Instant expiresAt, boolean cancelRequested) {
}
