package dev.docket.cron;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Fires at {@code start}, then every {@code period}: at {@code start + k * period} for
 * {@code k = 0, 1, 2, ...}.
 *
 * <p>Firings are anchored at {@code start} rather than at the previous run, so a late or slow run
 * does not shift later firings, and two schedulers computing the next firing independently agree.
 * Intervals ignore time zones and daylight saving: they measure elapsed time.
 *
 * @param start the first firing
 * @param period the positive time between firings, for example {@code Duration.ofMillis(500)}
 */
public record IntervalSchedule(Instant start, Duration period) implements Schedule {

    private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);
    private static final BigInteger LATEST = nanos(Instant.MAX);

    /**
     * Validates that both components are present and the period is positive.
     *
     * @param start the first firing
     * @param period the positive time between firings
     */
    public IntervalSchedule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(period, "period");
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
    }

    /**
     * Returns the first {@code start + k * period} ({@code k >= 0}) strictly after {@code after}:
     * {@code start} itself when {@code after} is before it. Empty only if that instant would lie
     * beyond {@link Instant#MAX}.
     */
    @Override
    public Optional<Instant> next(Instant after) {
        Objects.requireNonNull(after, "after");
        if (after.isBefore(start)) {
            return Optional.of(start);
        }
        BigInteger origin = nanos(start);
        BigInteger step = nanos(period);
        BigInteger periodsElapsed = nanos(after).subtract(origin).divide(step);
        BigInteger firing = origin.add(periodsElapsed.add(BigInteger.ONE).multiply(step));
        if (firing.compareTo(LATEST) > 0) {
            return Optional.empty();
        }
        BigInteger[] secondsAndNanos = firing.divideAndRemainder(NANOS_PER_SECOND);
        return Optional.of(Instant.ofEpochSecond(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact()));
    }

    private static BigInteger nanos(Instant instant) {
        return BigInteger.valueOf(instant.getEpochSecond()).multiply(NANOS_PER_SECOND)
                .add(BigInteger.valueOf(instant.getNano()));
    }

    private static BigInteger nanos(Duration duration) {
        return BigInteger.valueOf(duration.getSeconds()).multiply(NANOS_PER_SECOND)
                .add(BigInteger.valueOf(duration.getNano()));
    }
}
