package dev.docket.cron;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed cron expression: which local times match, and how to turn them into instants in a time
 * zone, including across daylight-saving transitions.
 *
 * <h2>Syntax</h2>
 * Five fields, {@code minute hour day-of-month month day-of-week}, or six with a seconds field
 * first; or one of the macros {@code @yearly}, {@code @annually}, {@code @monthly},
 * {@code @weekly}, {@code @daily}, {@code @midnight}, {@code @hourly}. Each field accepts
 * {@code *}, values, ranges ({@code 10-20}), steps ({@code *}{@code /15}, {@code 10-50/5},
 * {@code 5/10} meaning from 5 every 10 up to the field's maximum) and comma-separated lists of
 * these; months and weekdays also accept three-letter names ({@code JAN}, {@code mon}). Day of
 * week is 0-7, where 0 and 7 are both Sunday. The day fields additionally accept {@code ?} (same
 * as {@code *}) and the Quartz forms {@code L}, {@code L-n}, {@code LW}, {@code nW} (day of month)
 * and {@code dL}, {@code d#n} (day of week). When both day fields are restricted (anything other
 * than exactly {@code *} or {@code ?}), a day matches if either field matches.
 *
 * <h2>Daylight saving</h2>
 * If the hour field is exactly {@code *}, the expression follows the wall clock: it fires at every
 * instant whose local time matches, so it has no firings in a spring-forward gap and fires in both
 * passes of a fall-back overlap. Any other expression fires matching local times that fall in a
 * gap once, at the first instant after the gap, and matching local times in an overlap only in the
 * first pass. See {@code docs/cron.md} for worked examples.
 *
 * <p>Instances are immutable and thread-safe. Parsing is the only costly step; {@link #next}
 * jumps field by field and takes microseconds even for rare expressions.
 */
public final class CronExpression {

    private final String text;
    private final CronPattern pattern;
    private final boolean followsWallClock;
    private final boolean canEverMatch;

    private CronExpression(String text, CronParser.Parsed parsed) {
        this.text = text;
        this.pattern = parsed.pattern;
        this.followsWallClock = parsed.followsWallClock;
        this.canEverMatch = parsed.pattern.canEverMatch();
    }

    /**
     * Parses a cron expression.
     *
     * @param text the expression, for example {@code "*}{@code /15 9-17 * * MON-FRI"} or {@code "@daily"}
     * @return the parsed expression, whose {@link #toString()} is {@code text} unchanged
     * @throws CronParseException if the expression is malformed; the message names the field and value
     */
    public static CronExpression parse(String text) {
        Objects.requireNonNull(text, "text");
        return new CronExpression(text, CronParser.parse(text));
    }

    /**
     * Returns the first firing strictly after {@code after} in {@code zone}.
     *
     * <p>The result is empty when the expression can never match (such as {@code 0 0 30 2 *},
     * February 30th) or has no firing within 400 years of {@code after}; since the calendar
     * repeats every 400 years, the latter only happens near the end of the supported time line.
     *
     * @param after the instant to search from, exclusive
     * @param zone the zone whose local time the fields describe
     * @return the next firing instant, or empty
     */
    public Optional<Instant> next(Instant after, ZoneId zone) {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(zone, "zone");
        if (!canEverMatch) {
            return Optional.empty();
        }
        return DaylightSavingSearch.next(pattern, followsWallClock, after, zone);
    }

    /**
     * Returns up to {@code count} consecutive firings strictly after {@code after}, in increasing
     * order; fewer if the expression stops firing (see {@link #next(Instant, ZoneId)}).
     *
     * @param after the instant to search from, exclusive
     * @param zone the zone whose local time the fields describe
     * @param count how many firings to return, zero or more
     * @return an unmodifiable list of at most {@code count} instants
     */
    public List<Instant> next(Instant after, ZoneId zone, int count) {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(zone, "zone");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        List<Instant> firings = new ArrayList<>(Math.min(count, 1024));
        Instant cursor = after;
        while (firings.size() < count) {
            Optional<Instant> firing = next(cursor, zone);
            if (firing.isEmpty()) {
                break;
            }
            cursor = firing.get();
            firings.add(cursor);
        }
        return Collections.unmodifiableList(firings);
    }

    /**
     * Binds this expression to a zone, giving a {@link Schedule}.
     *
     * @param zone the zone whose local time the fields describe
     * @return a schedule firing at {@code next(after, zone)}
     */
    public CronSchedule inZone(ZoneId zone) {
        return new CronSchedule(this, zone);
    }

    /**
     * Whether the hour field is exactly {@code *}, which makes the expression follow the wall clock
     * across daylight-saving transitions (see the class documentation). {@code *}{@code /1} and
     * {@code 0-23} match the same hours but do not count: they name times of day.
     *
     * @return true if the hour field is exactly {@code *}
     */
    public boolean followsWallClock() {
        return followsWallClock;
    }

    /** Two expressions are equal when their original texts are identical. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CronExpression && ((CronExpression) other).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The original text, exactly as passed to {@link #parse(String)}. */
    @Override
    public String toString() {
        return text;
    }
}
