package dev.docket.cron;

/**
 * The day-of-month field: plain days plus the Quartz-style {@code L}, {@code L-n}, {@code LW} and
 * {@code nW} forms.
 *
 * <p>Every rule is evaluated for a whole month at once, given only the month's length and the
 * weekday of its first day, and answers with a bit mask of matching days (bit {@code d} for day
 * {@code d}). Those two numbers are all a month's calendar depends on, which keeps the rules pure
 * and lets {@link DayMatcher} decide up front whether an expression can ever match.
 *
 * <p>Weekdays are numbered as in cron: 0 is Sunday, 6 is Saturday.
 */
final class DayOfMonthRule {

    private static final int SATURDAY = 6;
    private static final int SUNDAY = 0;

    private final long days;
    private final boolean lastDay;
    private final long lastDayOffsets;
    private final boolean lastWeekday;
    private final long nearestWeekdays;

    /**
     * @param days bit {@code d} set: day {@code d} matches (days past the month's end never match)
     * @param lastDay {@code L}: the last day of the month
     * @param lastDayOffsets bit {@code n} set: {@code L-n}, the n-th day before the last
     * @param lastWeekday {@code LW}: the last Monday-to-Friday day of the month
     * @param nearestWeekdays bit {@code n} set: {@code nW}, the weekday nearest to day n
     */
    DayOfMonthRule(long days, boolean lastDay, long lastDayOffsets, boolean lastWeekday, long nearestWeekdays) {
        this.days = days;
        this.lastDay = lastDay;
        this.lastDayOffsets = lastDayOffsets;
        this.lastWeekday = lastWeekday;
        this.nearestWeekdays = nearestWeekdays;
    }

    /** The matching days of a month with {@code length} days whose first day is {@code firstWeekday}. */
    int matchingDays(int length, int firstWeekday) {
        long mask = days & DayMatcher.allDays(length);
        if (lastDay) {
            mask |= 1L << length;
        }
        for (long offsets = lastDayOffsets; offsets != 0; offsets &= offsets - 1) {
            int day = length - Long.numberOfTrailingZeros(offsets);
            if (day >= 1) {
                mask |= 1L << day;
            }
        }
        if (lastWeekday) {
            mask |= 1L << lastWeekdayOf(length, firstWeekday);
        }
        for (long targets = nearestWeekdays; targets != 0; targets &= targets - 1) {
            int day = Long.numberOfTrailingZeros(targets);
            if (day <= length) {
                mask |= 1L << nearestWeekday(day, length, firstWeekday);
            }
        }
        return (int) mask;
    }

    private static int lastWeekdayOf(int length, int firstWeekday) {
        switch (weekday(length, firstWeekday)) {
            case SATURDAY:
                return length - 1;
            case SUNDAY:
                return length - 2;
            default:
                return length;
        }
    }

    /**
     * Quartz's {@code nW}: the day itself if it is Monday to Friday; for a Saturday the Friday
     * before, for a Sunday the Monday after, but never leaving the month, so a Saturday 1st moves
     * forward to Monday the 3rd and a Sunday on the last day moves back to Friday.
     */
    private static int nearestWeekday(int day, int length, int firstWeekday) {
        switch (weekday(day, firstWeekday)) {
            case SATURDAY:
                return day == 1 ? 3 : day - 1;
            case SUNDAY:
                return day == length ? day - 2 : day + 1;
            default:
                return day;
        }
    }

    static int weekday(int day, int firstWeekday) {
        return (firstWeekday + day - 1) % 7;
    }
}
