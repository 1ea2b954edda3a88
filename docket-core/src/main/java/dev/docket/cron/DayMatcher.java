package dev.docket.cron;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Combines the day-of-month and day-of-week fields into "which days of this month match".
 *
 * <p>The rule is Vixie cron's: when both fields are restricted (anything other than exactly
 * {@code *} or {@code ?}), a day matches if <em>either</em> field matches; otherwise the
 * restricted field alone decides, and if neither is restricted every day matches. Unlike Vixie
 * cron, a field such as {@code *}{@code /2} counts as restricted: only the exact texts {@code *}
 * and {@code ?} do not.
 */
final class DayMatcher {

    private final DayOfMonthRule dayOfMonth;
    private final boolean dayOfMonthRestricted;
    private final DayOfWeekRule dayOfWeek;
    private final boolean dayOfWeekRestricted;

    DayMatcher(DayOfMonthRule dayOfMonth, boolean dayOfMonthRestricted,
               DayOfWeekRule dayOfWeek, boolean dayOfWeekRestricted) {
        this.dayOfMonth = dayOfMonth;
        this.dayOfMonthRestricted = dayOfMonthRestricted;
        this.dayOfWeek = dayOfWeek;
        this.dayOfWeekRestricted = dayOfWeekRestricted;
    }

    /** Bit mask of the days 1 to {@code length}. */
    static long allDays(int length) {
        return ((1L << (length + 1)) - 1) & ~1L;
    }

    /** Matching days (bit {@code d} for day {@code d}) of the given month of the given year. */
    int matchingDaysOf(int year, int month) {
        int length = Month.of(month).length(Year.isLeap(year));
        int firstWeekday = LocalDate.of(year, month, 1).getDayOfWeek().getValue() % 7;
        return matchingDays(length, firstWeekday);
    }

    /** Matching days of a month with {@code length} days whose first day is {@code firstWeekday}. */
    int matchingDays(int length, int firstWeekday) {
        if (dayOfMonthRestricted && dayOfWeekRestricted) {
            return dayOfMonth.matchingDays(length, firstWeekday) | dayOfWeek.matchingDays(length, firstWeekday);
        }
        if (dayOfMonthRestricted) {
            return dayOfMonth.matchingDays(length, firstWeekday);
        }
        if (dayOfWeekRestricted) {
            return dayOfWeek.matchingDays(length, firstWeekday);
        }
        return (int) allDays(length);
    }

    /**
     * Whether any day of any allowed month can ever match, such as not for {@code 30 2} (February
     * 30th). A month's matching days depend only on its length and the weekday of its first day,
     * and in the Gregorian calendar every allowed month occurs with every length it can have and
     * every starting weekday; so trying those few combinations is exact. Knowing this up front lets
     * the search answer "never" at once instead of scanning centuries.
     */
    boolean canEverMatch(ValueSet months) {
        for (int month = months.first(); month >= 0; month = months.next(month + 1)) {
            Month m = Month.of(month);
            for (int length = m.minLength(); length <= m.maxLength(); length++) {
                for (int firstWeekday = 0; firstWeekday < 7; firstWeekday++) {
                    if (matchingDays(length, firstWeekday) != 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
