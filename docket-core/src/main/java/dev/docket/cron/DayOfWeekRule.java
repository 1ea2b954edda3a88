package dev.docket.cron;

/**
 * The day-of-week field: plain weekdays plus the Quartz-style {@code dL} (last such weekday of the
 * month) and {@code d#n} (the n-th such weekday of the month).
 *
 * <p>Like {@link DayOfMonthRule}, it answers for a whole month given the month's length and the
 * weekday of its first day. Weekdays are numbered 0 (Sunday) to 6 (Saturday); the parser has
 * already folded the alternative Sunday, 7, into 0.
 */
final class DayOfWeekRule {

    private final int weekdays;
    private final int lastOfMonth;
    private final int[] nthOfMonth;

    /**
     * @param weekdays bit {@code w} set: every weekday {@code w} matches
     * @param lastOfMonth bit {@code w} set: the last weekday {@code w} of the month matches
     * @param nthOfMonth for each weekday {@code w}, bit {@code n} set: its n-th occurrence matches
     */
    DayOfWeekRule(int weekdays, int lastOfMonth, int[] nthOfMonth) {
        this.weekdays = weekdays;
        this.lastOfMonth = lastOfMonth;
        this.nthOfMonth = nthOfMonth.clone();
    }

    /** The matching days of a month with {@code length} days whose first day is {@code firstWeekday}. */
    int matchingDays(int length, int firstWeekday) {
        int mask = 0;
        for (int weekday = 0; weekday < 7; weekday++) {
            int first = 1 + Math.floorMod(weekday - firstWeekday, 7);
            if ((weekdays & (1 << weekday)) != 0) {
                for (int day = first; day <= length; day += 7) {
                    mask |= 1 << day;
                }
            }
            if ((lastOfMonth & (1 << weekday)) != 0) {
                mask |= 1 << (first + 7 * ((length - first) / 7));
            }
            for (int nths = nthOfMonth[weekday]; nths != 0; nths &= nths - 1) {
                int day = first + 7 * (Integer.numberOfTrailingZeros(nths) - 1);
                if (day <= length) {
                    mask |= 1 << day;
                }
            }
        }
        return mask;
    }
}
