package dev.docket.internal.support;

import java.time.Duration;

/**
 * A real-time deadline for waits (shutdown grace, long polls), on the monotonic clock. Business
 * time (due times, leases, timeouts) always comes from the injected clock instead; a wait must end
 * after its real duration even when a test holds the injected clock still.
 */
public final class Deadline {
    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    public static Deadline after(Duration d) {
        return new Deadline(System.nanoTime() + Math.max(0, d.toNanos()));
    }

    /** Time left, never negative. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    public boolean passed() {
        return endNanos - System.nanoTime() <= 0;
    }
}
