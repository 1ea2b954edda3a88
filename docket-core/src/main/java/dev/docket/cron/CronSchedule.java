package dev.docket.cron;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A cron expression bound to the time zone whose local time it describes.
 *
 * <p>The zone is part of the schedule, not of the expression, because the same text means
 * different instants (and different daylight-saving behaviour) in different zones.
 *
 * @param expression the cron expression
 * @param zone the zone in which the expression's fields are read
 */
public record CronSchedule(CronExpression expression, ZoneId zone) implements Schedule {

    /**
     * Validates that neither component is null.
     *
     * @param expression the cron expression
     * @param zone the zone in which the expression's fields are read
     */
    public CronSchedule {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * Parses {@code expression} and binds it to {@code zone}.
     *
     * @param expression the cron expression's text
     * @param zone the zone in which the expression's fields are read
     * @return the schedule
     * @throws CronParseException if the expression is malformed
     */
    public static CronSchedule of(String expression, ZoneId zone) {
        return new CronSchedule(CronExpression.parse(expression), zone);
    }

    /** {@inheritDoc} See {@link CronExpression#next(Instant, ZoneId)}. */
    @Override
    public Optional<Instant> next(Instant after) {
        return expression.next(after, zone);
    }
}
