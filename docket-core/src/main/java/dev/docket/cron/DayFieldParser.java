package dev.docket.cron;

import java.util.Locale;

/**
 * Parses the two day fields, which accept, besides the plain syntax of {@link FieldParser}, the
 * Quartz-style special forms.
 *
 * <ul>
 *   <li>Day of month: {@code L} (last day), {@code L-n} (n days before the last, n 1-30),
 *       {@code LW} (last weekday), {@code nW} (weekday nearest to day n, n 1-31).</li>
 *   <li>Day of week: {@code dL} (last weekday d of the month) and {@code d#n} (n-th weekday d of
 *       the month, n 1-5), where d is 0-7 or a name.</li>
 * </ul>
 *
 * <p>Special forms may be mixed with plain elements in a list ({@code 1,15,L}). A bare {@code L}
 * in the day-of-week field is rejected: Quartz reads it as Saturday, other tools as "last", and a
 * schedule should not depend on which reading the author had in mind.
 */
final class DayFieldParser {

    private static final int MAX_LAST_DAY_OFFSET = 30;
    private static final int MAX_NTH = 5;

    private DayFieldParser() {
    }

    /** Parses the day-of-month field; the caller has already dealt with {@code *} and {@code ?}. */
    static DayOfMonthRule parseDayOfMonth(String expression, String text) {
        FieldParser plain = new FieldParser(expression, CronField.DAY_OF_MONTH);
        long days = 0;
        boolean lastDay = false;
        long lastDayOffsets = 0;
        boolean lastWeekday = false;
        long nearestWeekdays = 0;
        for (String element : plain.splitList(text)) {
            String upper = element.toUpperCase(Locale.ROOT);
            if (upper.equals("L")) {
                lastDay = true;
            } else if (upper.equals("LW")) {
                lastWeekday = true;
            } else if (upper.startsWith("L-")) {
                String offset = upper.substring(2);
                if (!FieldParser.isDigits(offset) || offset.length() > 2
                        || Integer.parseInt(offset) < 1 || Integer.parseInt(offset) > MAX_LAST_DAY_OFFSET) {
                    throw plain.error(element, "offset in " + element + " must be 1-" + MAX_LAST_DAY_OFFSET);
                }
                lastDayOffsets |= 1L << Integer.parseInt(offset);
            } else if (upper.endsWith("W")) {
                String day = element.substring(0, element.length() - 1);
                if (!FieldParser.isDigits(day)) {
                    throw plain.error(element, "W must follow a single day number, as in 15W, or L, as in LW");
                }
                nearestWeekdays |= 1L << plain.parseValue(day);
            } else if (upper.indexOf('L') >= 0) {
                throw plain.error(element, "L must stand alone or be written L-n or LW in the day-of-month field");
            } else {
                days |= plain.parseElement(element);
            }
        }
        return new DayOfMonthRule(days, lastDay, lastDayOffsets, lastWeekday, nearestWeekdays);
    }

    /** Parses the day-of-week field; the caller has already dealt with {@code *} and {@code ?}. */
    static DayOfWeekRule parseDayOfWeek(String expression, String text) {
        FieldParser plain = new FieldParser(expression, CronField.DAY_OF_WEEK);
        int weekdays = 0;
        int lastOfMonth = 0;
        int[] nthOfMonth = new int[7];
        for (String element : plain.splitList(text)) {
            String upper = element.toUpperCase(Locale.ROOT);
            int hash = upper.indexOf('#');
            if (hash >= 0) {
                int weekday = plain.parseValue(element.substring(0, hash)) % 7;
                String nth = element.substring(hash + 1);
                if (!FieldParser.isDigits(nth) || nth.length() > 1
                        || Integer.parseInt(nth) < 1 || Integer.parseInt(nth) > MAX_NTH) {
                    throw plain.error(element, "occurrence in " + element + " must be 1-" + MAX_NTH);
                }
                nthOfMonth[weekday] |= 1 << Integer.parseInt(nth);
            } else if (upper.equals("L")) {
                throw plain.error(element,
                        "L alone is not supported in the day-of-week field; write dL, as in 5L for the last Friday");
            } else if (upper.endsWith("L")) {
                lastOfMonth |= 1 << (plain.parseValue(element.substring(0, element.length() - 1)) % 7);
            } else {
                long bits = plain.parseElement(element);
                weekdays |= (int) ((bits & 0x7F) | (bits >>> 7));
            }
        }
        return new DayOfWeekRule(weekdays, lastOfMonth, nthOfMonth);
    }
}
