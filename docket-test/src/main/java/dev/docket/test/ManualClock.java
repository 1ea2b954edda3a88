package dev.docket.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that only moves when told to. Give it to Docket ({@code builder.clock(clock)}) and every
 * delay, retry backoff, timeout and schedule follows it. Thread-safe.
 */
public final class ManualClock extends Clock {
    private final ZoneId zone;
    private final Object lock = new Object();
    private Instant now;

    private ManualClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A clock standing at {@code start}, in UTC. */
    public static ManualClock at(Instant start) {
        return new ManualClock(start, ZoneOffset.UTC);
    }

    /** A clock standing at {@code local} time in {@code zone} (the earlier instant if it occurs twice). */
    public static ManualClock at(LocalDateTime local, ZoneId zone) {
        return new ManualClock(local.atZone(zone).toInstant(), zone);
    }

    @Override
    public Instant instant() {
        synchronized (lock) {
            return now;
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ZoneView(this, other);
    }

    /** Moves the clock forward by {@code amount}. */
    public Instant advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a manual clock only moves forward; got " + amount);
        }
        synchronized (lock) {
            now = now.plus(amount);
            return now;
        }
    }

    /** Moves the clock to {@code instant}, which must not be earlier than now. */
    public Instant advanceTo(Instant instant) {
        synchronized (lock) {
            if (instant.isBefore(now)) {
                throw new IllegalArgumentException("cannot move the clock back from " + now + " to " + instant);
            }
            now = instant;
            return now;
        }
    }

    /** Moves the clock to local time {@code local} in {@code zone} (the earlier instant if it occurs twice). */
    public Instant advanceTo(LocalDateTime local, ZoneId zone) {
        return advanceTo(local.atZone(zone).toInstant());
    }

    @Override
    public String toString() {
        return "ManualClock[" + instant() + "]";
    }

    /** The same manual time seen in another zone. */
    private static final class ZoneView extends Clock {
        private final ManualClock source;
        private final ZoneId zone;

        ZoneView(ManualClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new ZoneView(source, other);
        }

        @Override
        public Instant instant() {
            return source.instant();
        }
    }
}
