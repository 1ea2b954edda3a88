package dev.docket.cron;

import java.time.LocalDateTime;

/**
 * The set of local date-times (to the second) that a cron expression matches, independent of any
 * time zone, with a search for the first member inside a window.
 *
 * <p>The search works field by field, from month down to second: it jumps to the next allowed
 * month, then to the next matching day of that month, then hour, minute and second, and only
 * carries into the next larger unit when a field has no allowed value left. Each step is a bit-mask
 * lookup, so even rare schedules ({@code 0 0 29 2 *}, February 29th) are found after a handful of
 * steps per month visited rather than by walking minutes.
 */
final class CronPattern {

    private final ValueSet seconds;
    private final ValueSet minutes;
    private final ValueSet hours;
    private final DayMatcher days;
    private final ValueSet months;

    CronPattern(ValueSet seconds, ValueSet minutes, ValueSet hours, DayMatcher days, ValueSet months) {
        this.seconds = seconds;
        this.minutes = minutes;
        this.hours = hours;
        this.days = days;
        this.months = months;
    }

    /** Whether the pattern has any member at all; false for impossible dates such as February 30th. */
    boolean canEverMatch() {
        return days.canEverMatch(months);
    }

    /**
     * The first member {@code t} with {@code from <= t < until}, or {@code null} if there is none.
     * {@code from} must be a whole second.
     */
    LocalDateTime first(LocalDateTime from, LocalDateTime until) {
        if (!from.isBefore(until)) {
            return null;
        }
        int year = from.getYear();
        int month = from.getMonthValue();
        int day = from.getDayOfMonth();
        int hour = from.getHour();
        int minute = from.getMinute();
        int second = from.getSecond();
        int untilYear = until.getYear();
        int untilMonth = until.getMonthValue();
        int maskYear = 0;
        int maskMonth = 0;
        int dayMask = 0;
        while (true) {
            int allowedMonth = months.next(month);
            if (allowedMonth < 0) {
                year++;
                month = months.first();
                day = 1;
                hour = minute = second = 0;
            } else if (allowedMonth != month) {
                month = allowedMonth;
                day = 1;
                hour = minute = second = 0;
            }
            if (year > untilYear || (year == untilYear && month > untilMonth)) {
                return null;
            }
            if (year != maskYear || month != maskMonth) {
                dayMask = days.matchingDaysOf(year, month);
                maskYear = year;
                maskMonth = month;
            }
            int matchingDay = nextDay(dayMask, day);
            if (matchingDay < 0) {
                month++;
                day = 1;
                hour = minute = second = 0;
                continue;
            }
            if (matchingDay != day) {
                day = matchingDay;
                hour = minute = second = 0;
            }
            int matchingHour = hours.next(hour);
            if (matchingHour < 0) {
                day++;
                hour = minute = second = 0;
                continue;
            }
            if (matchingHour != hour) {
                hour = matchingHour;
                minute = second = 0;
            }
            int matchingMinute = minutes.next(minute);
            if (matchingMinute < 0) {
                hour++;
                minute = second = 0;
                continue;
            }
            if (matchingMinute != minute) {
                minute = matchingMinute;
                second = 0;
            }
            int matchingSecond = seconds.next(second);
            if (matchingSecond < 0) {
                minute++;
                second = 0;
                continue;
            }
            LocalDateTime found = LocalDateTime.of(year, month, day, hour, minute, matchingSecond);
            return found.isBefore(until) ? found : null;
        }
    }

    private static int nextDay(int dayMask, int from) {
        if (from > 31) {
            return -1;
        }
        int candidates = dayMask & (-1 << from);
        return candidates == 0 ? -1 : Integer.numberOfTrailingZeros(candidates);
    }
}
