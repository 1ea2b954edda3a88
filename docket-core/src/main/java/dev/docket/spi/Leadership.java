package dev.docket.spi;

import java.time.Instant;

/**
 * A held leadership.
 *
 * @param name the leadership
 * @param holder who holds it
 * @param term grows by one each time it changes hands
 * @param expiresAt when the lease lapses unless renewed
 */
public record Leadership(String name, String holder, long term, Instant expiresAt) {
}
