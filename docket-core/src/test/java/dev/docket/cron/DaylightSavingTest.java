package dev.docket.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The daylight-saving policy, rule by rule, in zones with one-hour shifts (Berlin, New York), a
 * half-hour shift (Lord Howe) and shifts at midnight (Santiago, Cairo, Havana).
 *
 * <p>Expected firings are written as local times with their offsets, so the pass of an overlap a
 * firing belongs to is visible: in Berlin on 2026-10-25, {@code 02:30+02:00} is the first pass and
 * {@code 02:30+01:00} the second.
 */
class DaylightSavingTest {

    @Test
    void tablesBelowAssumeTheseTransitions() {
        assertTransition("Europe/Berlin", "2026-03-01T00:00", "Transition[Gap at 2026-03-29T02:00+01:00 to +02:00]");
        assertTransition("Europe/Berlin", "2026-10-01T00:00", "Transition[Overlap at 2026-10-25T03:00+02:00 to +01:00]");
        assertTransition("America/New_York", "2026-03-01T00:00", "Transition[Gap at 2026-03-08T02:00-05:00 to -04:00]");
        assertTransition("America/New_York", "2026-10-01T00:00", "Transition[Overlap at 2026-11-01T02:00-04:00 to -05:00]");
        assertTransition("Australia/Lord_Howe", "2026-03-01T00:00", "Transition[Overlap at 2026-04-05T02:00+11:00 to +10:30]");
        assertTransition("Australia/Lord_Howe", "2026-09-01T00:00", "Transition[Gap at 2026-10-04T02:00+10:30 to +11:00]");
    }

    private static void assertTransition(String zone, String afterUtc, String expected) {
        ZoneOffsetTransition transition = ZoneId.of(zone).getRules()
                .nextTransition(LocalDateTime.parse(afterUtc).toInstant(java.time.ZoneOffset.UTC));
        assertThat(transition).hasToString(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" from {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # Berlin, spring forward 2026-03-29: 02:00 CET becomes 03:00 CEST.
            Europe/Berlin | 30 2 * * *       | 2026-03-28T12:00 | 2026-03-29T03:00+02:00, 2026-03-30T02:30+02:00
            Europe/Berlin | 0 2 * * *        | 2026-03-28T12:00 | 2026-03-29T03:00+02:00, 2026-03-30T02:00+02:00
            Europe/Berlin | */10 2 * * *     | 2026-03-28T12:00 | 2026-03-29T03:00+02:00, 2026-03-30T02:00+02:00
            Europe/Berlin | 0,30 2,3 * * *   | 2026-03-29T00:00 | 2026-03-29T03:00+02:00, 2026-03-29T03:30+02:00, 2026-03-30T02:00+02:00
            Europe/Berlin | 0 3 * * *        | 2026-03-28T12:00 | 2026-03-29T03:00+02:00, 2026-03-30T03:00+02:00
            Europe/Berlin | 59 1 * * *       | 2026-03-28T12:00 | 2026-03-29T01:59+01:00, 2026-03-30T01:59+02:00
            Europe/Berlin | 30 30 2 * * *    | 2026-03-28T12:00 | 2026-03-29T03:00+02:00, 2026-03-30T02:30:30+02:00
            Europe/Berlin | */15 * * * *     | 2026-03-29T01:30 | 2026-03-29T01:45+01:00, 2026-03-29T03:00+02:00, 2026-03-29T03:15+02:00
            Europe/Berlin | 0 * * * *        | 2026-03-29T00:30 | 2026-03-29T01:00+01:00, 2026-03-29T03:00+02:00, 2026-03-29T04:00+02:00
            Europe/Berlin | 30 * * * *       | 2026-03-29T00:45 | 2026-03-29T01:30+01:00, 2026-03-29T03:30+02:00
            Europe/Berlin | 0 * * * * *      | 2026-03-29T01:58 | 2026-03-29T01:59+01:00, 2026-03-29T03:00+02:00, 2026-03-29T03:01+02:00
            Europe/Berlin | 0 */1 * * *      | 2026-03-29T00:30 | 2026-03-29T01:00+01:00, 2026-03-29T03:00+02:00, 2026-03-29T04:00+02:00
            # Berlin, fall back 2026-10-25: 03:00 CEST becomes 02:00 CET; 02:00-02:59 happen twice.
            Europe/Berlin | 30 2 * * *       | 2026-10-24T12:00 | 2026-10-25T02:30+02:00, 2026-10-26T02:30+01:00
            Europe/Berlin | 0 2 * * *        | 2026-10-24T12:00 | 2026-10-25T02:00+02:00, 2026-10-26T02:00+01:00
            Europe/Berlin | */20 2 * * *     | 2026-10-25T01:00 | 2026-10-25T02:00+02:00, 2026-10-25T02:20+02:00, 2026-10-25T02:40+02:00, 2026-10-26T02:00+01:00
            Europe/Berlin | 0 3 * * *        | 2026-10-24T12:00 | 2026-10-25T03:00+01:00, 2026-10-26T03:00+01:00
            Europe/Berlin | 0 */1 * * *      | 2026-10-25T00:30 | 2026-10-25T01:00+02:00, 2026-10-25T02:00+02:00, 2026-10-25T03:00+01:00
            Europe/Berlin | 0 * * * *        | 2026-10-25T00:30 | 2026-10-25T01:00+02:00, 2026-10-25T02:00+02:00, 2026-10-25T02:00+01:00, 2026-10-25T03:00+01:00
            Europe/Berlin | */15 * * * *     | 2026-10-25T02:30 | 2026-10-25T02:45+02:00, 2026-10-25T02:00+01:00, 2026-10-25T02:15+01:00, 2026-10-25T02:30+01:00, 2026-10-25T02:45+01:00, 2026-10-25T03:00+01:00
            # New York, spring forward 2026-03-08 02:00 -> 03:00; fall back 2026-11-01 02:00 -> 01:00.
            America/New_York | 30 2 * * *     | 2026-03-07T12:00 | 2026-03-08T03:00-04:00, 2026-03-09T02:30-04:00
            America/New_York | 0 2 * * *      | 2026-03-07T12:00 | 2026-03-08T03:00-04:00, 2026-03-09T02:00-04:00
            America/New_York | */10 2 * * *   | 2026-03-07T12:00 | 2026-03-08T03:00-04:00, 2026-03-09T02:00-04:00
            America/New_York | 0,30 2,3 * * * | 2026-03-08T00:00 | 2026-03-08T03:00-04:00, 2026-03-08T03:30-04:00, 2026-03-09T02:00-04:00
            America/New_York | */15 * * * *   | 2026-03-08T01:30 | 2026-03-08T01:45-05:00, 2026-03-08T03:00-04:00, 2026-03-08T03:15-04:00
            America/New_York | 0 * * * *      | 2026-03-08T00:30 | 2026-03-08T01:00-05:00, 2026-03-08T03:00-04:00
            America/New_York | 30 1 * * *     | 2026-10-31T12:00 | 2026-11-01T01:30-04:00, 2026-11-02T01:30-05:00
            America/New_York | 30 2 * * *     | 2026-10-31T12:00 | 2026-11-01T02:30-05:00, 2026-11-02T02:30-05:00
            America/New_York | 0 * * * *      | 2026-11-01T00:30 | 2026-11-01T01:00-04:00, 2026-11-01T01:00-05:00, 2026-11-01T02:00-05:00
            America/New_York | */30 * * * *   | 2026-11-01T00:45 | 2026-11-01T01:00-04:00, 2026-11-01T01:30-04:00, 2026-11-01T01:00-05:00, 2026-11-01T01:30-05:00, 2026-11-01T02:00-05:00
            America/New_York | */30 1 * * *   | 2026-11-01T00:45 | 2026-11-01T01:00-04:00, 2026-11-01T01:30-04:00, 2026-11-02T01:00-05:00
            # Lord Howe, spring forward 2026-10-04 02:00 -> 02:30; fall back 2026-04-05 02:00 -> 01:30.
            Australia/Lord_Howe | 15 2 * * *   | 2026-10-03T12:00 | 2026-10-04T02:30+11:00, 2026-10-05T02:15+11:00
            Australia/Lord_Howe | 0,15 2 * * * | 2026-10-03T12:00 | 2026-10-04T02:30+11:00, 2026-10-05T02:00+11:00
            Australia/Lord_Howe | 30 2 * * *   | 2026-10-03T12:00 | 2026-10-04T02:30+11:00, 2026-10-05T02:30+11:00
            Australia/Lord_Howe | 0 * * * *    | 2026-10-04T00:30 | 2026-10-04T01:00+10:30, 2026-10-04T03:00+11:00
            Australia/Lord_Howe | */15 * * * * | 2026-10-04T01:30 | 2026-10-04T01:45+10:30, 2026-10-04T02:30+11:00, 2026-10-04T02:45+11:00
            Australia/Lord_Howe | 45 1 * * *   | 2026-04-04T12:00 | 2026-04-05T01:45+11:00, 2026-04-06T01:45+10:30
            Australia/Lord_Howe | 30 * * * *   | 2026-04-05T00:45 | 2026-04-05T01:30+11:00, 2026-04-05T01:30+10:30, 2026-04-05T02:30+10:30
            Australia/Lord_Howe | */15 * * * * | 2026-04-05T01:20 | 2026-04-05T01:30+11:00, 2026-04-05T01:45+11:00, 2026-04-05T01:30+10:30, 2026-04-05T01:45+10:30, 2026-04-05T02:00+10:30
            Australia/Lord_Howe | 0 * * * *    | 2026-04-05T00:30 | 2026-04-05T01:00+11:00, 2026-04-05T02:00+10:30
            # Samoa skipped 2011-12-30 entirely: 2011-12-29T24:00-10:00 became 2011-12-31T00:00+14:00.
            Pacific/Apia        | 0 12 * * *   | 2011-12-29T13:00 | 2011-12-31T00:00+14:00, 2011-12-31T12:00+14:00
            Pacific/Apia        | 0 * 30 12 *  | 2011-12-29T13:00 | 2012-12-30T00:00+14:00
            """)
    void followsThePolicy(String zone, String expression, String fromLocal, String expected) {
        int count = expected.split(", ").length;
        assertThat(Firings.of(expression, zone, fromLocal, count)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" from {2}Z")
    @CsvSource(delimiter = '|', textBlock = """
            # Starting inside Berlin's second pass (01:10Z is 02:10+01:00): the repeated 02:xx must not fire again.
            Europe/Berlin | 30 2 * * *   | 2026-10-25T01:10 | 2026-10-26T02:30+01:00
            Europe/Berlin | */15 2 * * * | 2026-10-25T01:10 | 2026-10-26T02:00+01:00
            Europe/Berlin | 30 * * * *   | 2026-10-25T01:10 | 2026-10-25T02:30+01:00, 2026-10-25T03:30+01:00
            # Starting inside the first pass (00:40Z is 02:40+02:00).
            Europe/Berlin | */15 2 * * * | 2026-10-25T00:40 | 2026-10-25T02:45+02:00, 2026-10-26T02:00+01:00
            Europe/Berlin | */15 * * * * | 2026-10-25T00:40 | 2026-10-25T02:45+02:00, 2026-10-25T02:00+01:00
            # Half a second before the spring gap: the gap's end fires for the swallowed 02:30.
            Europe/Berlin | 30 2 * * *   | 2026-03-29T00:59:59.5 | 2026-03-29T03:00+02:00
            """)
    void followsThePolicyFromAnInstant(String zone, String expression, String fromUtc, String expected) {
        int count = expected.split(", ").length;
        assertThat(Firings.fromInstant(expression, zone, fromUtc, count)).isEqualTo(expected);
    }

    @Test
    void neverFiresTwiceAtTheGapEnd() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        List<Instant> firings = CronExpression.parse("0,30 2,3 * * *")
                .next(Instant.parse("2026-03-28T23:00:00Z"), berlin, 3);
        assertThat(firings).doesNotHaveDuplicates().isSorted();
        assertThat(firings.get(0)).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"America/Santiago", "Africa/Cairo", "America/Havana"})
    void aDayWhoseMidnightIsSkippedStartsAtItsFirstInstant(String zoneName) {
        ZoneId zone = ZoneId.of(zoneName);
        ZoneOffsetTransition gap = firstTransitionAtMidnight(zone, ZoneOffsetTransition::isGap);
        LocalDate day = gap.getDateTimeBefore().toLocalDate();
        Instant firstInstantOfDay = day.atStartOfDay(zone).toInstant();
        assertThat(firstInstantOfDay).isEqualTo(gap.getInstant());
        Instant dayBeforeNoon = day.minusDays(1).atTime(12, 0).atZone(zone).toInstant();

        for (String daily : List.of("0 0 * * *", "@daily", "30 0 * * *", "0 0 0 * * *")) {
            List<Instant> firings = CronExpression.parse(daily).next(dayBeforeNoon, zone, 2);
            assertThat(firings).as(daily).first().isEqualTo(firstInstantOfDay);
            assertThat(firings.get(1).atZone(zone).toLocalDate()).as(daily).isEqualTo(day.plusDays(1));
        }
        // Hourly follows the wall clock: nothing for the missing hour, then the first real hour.
        Instant beforeMidnight = day.minusDays(1).atTime(23, 30).atZone(zone).toInstant();
        assertThat(CronExpression.parse("0 * * * *").next(beforeMidnight, zone, 2)).containsExactly(
                gap.getInstant(), gap.getInstant().plusSeconds(3600));
        // A day-of-month schedule for that very day fires at its first instant.
        String onThatDay = "0 0 " + day.getDayOfMonth() + " " + day.getMonthValue() + " *";
        assertThat(CronExpression.parse(onThatDay).next(dayBeforeNoon, zone)).contains(firstInstantOfDay);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"America/Santiago", "Africa/Cairo"})
    void anHourRepeatedBeforeMidnightFiresOnceUnlessItFollowsTheWallClock(String zoneName) {
        ZoneId zone = ZoneId.of(zoneName);
        ZoneOffsetTransition overlap = firstTransitionAtMidnight(zone, ZoneOffsetTransition::isOverlap);
        // Midnight with the old offset becomes 23:00 of the previous day with the new one.
        LocalDate repeatedDay = overlap.getDateTimeAfter().toLocalDate();
        Instant noon = repeatedDay.atTime(12, 0).atZone(zone).toInstant();
        Instant firstPass = repeatedDay.atTime(23, 30).atZone(zone).withEarlierOffsetAtOverlap().toInstant();
        Instant secondPass = repeatedDay.atTime(23, 30).atZone(zone).withLaterOffsetAtOverlap().toInstant();
        assertThat(secondPass).isEqualTo(firstPass.plusSeconds(3600));

        List<Instant> fixed = CronExpression.parse("30 23 * * *").next(noon, zone, 2);
        assertThat(fixed.get(0)).isEqualTo(firstPass);
        assertThat(fixed.get(1).atZone(zone).toLocalDate()).isEqualTo(repeatedDay.plusDays(1));

        List<Instant> wallClock = CronExpression.parse("30 * * * *").next(firstPass.minusSeconds(1), zone, 3);
        assertThat(wallClock).containsExactly(firstPass, secondPass, secondPass.plusSeconds(3600));

        Instant midnight = repeatedDay.plusDays(1).atStartOfDay(zone).toInstant();
        assertThat(CronExpression.parse("0 0 * * *").next(noon, zone)).contains(midnight);
    }

    /** The first transition from 2020 on whose local time, before the change, is midnight. */
    private static ZoneOffsetTransition firstTransitionAtMidnight(ZoneId zone, Predicate<ZoneOffsetTransition> kind) {
        ZoneRules rules = zone.getRules();
        ZoneOffsetTransition transition = rules.nextTransition(Instant.parse("2020-01-01T00:00:00Z"));
        while (transition != null && transition.getInstant().isBefore(Instant.parse("2040-01-01T00:00:00Z"))) {
            if (kind.test(transition) && transition.getDateTimeBefore().toLocalTime().equals(LocalTime.MIDNIGHT)) {
                return transition;
            }
            transition = rules.nextTransition(transition.getInstant());
        }
        return fail("the time-zone data has no such transition at midnight in " + zone + " between 2020 and 2040");
    }
}
