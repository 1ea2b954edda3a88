package dev.docket.cron;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Optional;

/**
 * Turns the zone-independent {@link CronPattern} into firing instants in a time zone, applying
 * Docket's daylight-saving policy.
 *
 * <p><b>Wall-clock expressions</b> (hour field exactly {@code *}) fire at every instant whose local
 * time matches: nothing for local times skipped by a spring-forward gap, and twice for local times
 * repeated by a fall-back overlap, so {@code 0 * * * *} still fires once per elapsed hour.
 *
 * <p><b>All other expressions</b> name particular times of day, which should happen once a day:
 * matching local times in a gap fire once, at the first instant after the gap (the transition
 * instant), however many of them the gap swallowed; matching local times in an overlap fire only
 * in the first pass. When the transition instant's own local time also matches, that is still one
 * firing, because firings are instants and each instant fires at most once.
 *
 * <p>How it works: the time line is cut at the zone's transitions into segments of constant
 * offset. Within a segment local time runs straight, so the pattern's next member maps to the next
 * firing directly; the only extra work is skipping the repeated local times at the start of a
 * segment that follows an overlap, and checking each gap at a segment's end for swallowed matches.
 */
final class DaylightSavingSearch {

    /**
     * How far ahead to look. The Gregorian calendar repeats every 400 years, so a pattern that can
     * match at all matches within any 400-year span; one extra year covers zone offsets.
     */
    private static final int HORIZON_YEARS = 401;

    /** Bounds that keep every local date-time computed here inside {@link LocalDateTime}'s range. */
    private static final Instant EARLIEST = LocalDateTime.MIN.plusDays(2).toInstant(ZoneOffset.UTC);
    private static final Instant LATEST = LocalDateTime.MAX.minusDays(2).toInstant(ZoneOffset.UTC);
    private static final LocalDateTime LATEST_LOCAL = LocalDateTime.MAX.minusDays(1);

    private DaylightSavingSearch() {
    }

    /**
     * The first firing strictly after {@code after}, or empty if there is none within
     * {@value #HORIZON_YEARS} years.
     *
     * @param followsWallClock whether the expression's hour field is exactly {@code *}
     */
    static Optional<Instant> next(CronPattern pattern, boolean followsWallClock, Instant after, ZoneId zone) {
        if (after.isAfter(LATEST)) {
            return Optional.empty();
        }
        Instant start = after.isBefore(EARLIEST) ? EARLIEST : after;
        ZoneRules rules = zone.getRules();
        LocalDateTime startUtc = LocalDateTime.ofInstant(start, ZoneOffset.UTC);
        LocalDateTime horizon = startUtc.getYear() > Year.MAX_VALUE - HORIZON_YEARS - 1
                ? LATEST_LOCAL
                : startUtc.plusYears(HORIZON_YEARS);

        Instant segmentProbe = start;
        long firstCandidate = start.getEpochSecond() + 1;
        ZoneOffsetTransition segmentStartedBy = rules.previousTransition(start.plusNanos(1));
        while (true) {
            ZoneOffset offset = rules.getOffset(segmentProbe);
            ZoneOffsetTransition segmentEndedBy = rules.nextTransition(segmentProbe);
            LocalDateTime from = LocalDateTime.ofEpochSecond(firstCandidate, 0, offset);
            if (!followsWallClock) {
                from = afterRepeatedTimes(from, segmentStartedBy);
            }
            LocalDateTime segmentEnd = segmentEndedBy == null ? horizon : earlier(segmentEndedBy.getDateTimeBefore(), horizon);

            LocalDateTime match = pattern.first(from, segmentEnd);
            if (match != null) {
                return Optional.of(match.toInstant(offset));
            }
            if (segmentEndedBy == null || !segmentEndedBy.getDateTimeBefore().isBefore(horizon)) {
                return Optional.empty();
            }
            if (!followsWallClock && swallowsMatch(pattern, segmentEndedBy)) {
                return Optional.of(segmentEndedBy.getInstant());
            }
            segmentProbe = segmentEndedBy.getInstant();
            firstCandidate = segmentProbe.getEpochSecond();
            segmentStartedBy = segmentEndedBy;
        }
    }

    /**
     * After a fall-back overlap, the local times from the transition up to the old offset's
     * transition time are the second pass; expressions that do not follow the wall clock skip them.
     */
    private static LocalDateTime afterRepeatedTimes(LocalDateTime from, ZoneOffsetTransition segmentStartedBy) {
        if (segmentStartedBy != null && segmentStartedBy.isOverlap()) {
            return later(from, segmentStartedBy.getDateTimeBefore());
        }
        return from;
    }

    /** Whether a spring-forward gap skips over at least one matching local time. */
    private static boolean swallowsMatch(CronPattern pattern, ZoneOffsetTransition transition) {
        return transition.isGap()
                && pattern.first(transition.getDateTimeBefore(), transition.getDateTimeAfter()) != null;
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
