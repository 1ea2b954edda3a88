package dev.docket.cron;

import java.util.Locale;
import java.util.Map;

/**
 * Turns cron text into a {@link CronPattern} plus the one syntactic fact the daylight-saving
 * policy needs: whether the hour field is exactly {@code *}.
 *
 * <p>Accepts five fields ({@code minute hour day-of-month month day-of-week}), six with a leading
 * seconds field, or one of the macros. Fields are separated by any run of whitespace, and leading
 * and trailing whitespace is ignored. Fields are checked left to right, so the error names the
 * first bad field.
 */
final class CronParser {

    private static final Map<String, String> MACROS = Map.of(
            "@yearly", "0 0 1 1 *",
            "@annually", "0 0 1 1 *",
            "@monthly", "0 0 1 * *",
            "@weekly", "0 0 * * 0",
            "@daily", "0 0 * * *",
            "@midnight", "0 0 * * *",
            "@hourly", "0 * * * *");

    /** The result of parsing: what matches, and whether the expression follows the wall clock. */
    static final class Parsed {
        final CronPattern pattern;
        final boolean followsWallClock;

        Parsed(CronPattern pattern, boolean followsWallClock) {
            this.pattern = pattern;
            this.followsWallClock = followsWallClock;
        }
    }

    private CronParser() {
    }

    static Parsed parse(String expression) {
        String[] fields = split(expression);
        boolean withSeconds = fields.length == 6;
        int offset = withSeconds ? 1 : 0;

        ValueSet seconds = withSeconds ? plain(expression, CronField.SECOND, fields[0]) : ValueSet.of(0);
        ValueSet minutes = plain(expression, CronField.MINUTE, fields[offset]);
        String hourText = fields[offset + 1];
        ValueSet hours = plain(expression, CronField.HOUR, hourText);
        String dayOfMonthText = fields[offset + 2];
        boolean dayOfMonthRestricted = isRestricted(dayOfMonthText);
        DayOfMonthRule dayOfMonth = dayOfMonthRestricted
                ? DayFieldParser.parseDayOfMonth(expression, dayOfMonthText)
                : new DayOfMonthRule(DayMatcher.allDays(31), false, 0, false, 0);
        ValueSet months = plain(expression, CronField.MONTH, fields[offset + 3]);
        String dayOfWeekText = fields[offset + 4];
        boolean dayOfWeekRestricted = isRestricted(dayOfWeekText);
        DayOfWeekRule dayOfWeek = dayOfWeekRestricted
                ? DayFieldParser.parseDayOfWeek(expression, dayOfWeekText)
                : new DayOfWeekRule(0x7F, 0, new int[7]);

        DayMatcher days = new DayMatcher(dayOfMonth, dayOfMonthRestricted, dayOfWeek, dayOfWeekRestricted);
        return new Parsed(new CronPattern(seconds, minutes, hours, days, months), hourText.equals("*"));
    }

    private static String[] split(String expression) {
        String trimmed = expression.strip();
        if (trimmed.startsWith("@")) {
            String expansion = MACROS.get(trimmed.toLowerCase(Locale.ROOT));
            if (expansion == null) {
                throw CronParseException.inExpression(expression, "unknown macro " + trimmed
                        + " (known: @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly)");
            }
            return expansion.split(" ");
        }
        String[] fields = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
        if (fields.length != 5 && fields.length != 6) {
            throw CronParseException.inExpression(expression, "found " + fields.length + " field"
                    + (fields.length == 1 ? "" : "s")
                    + ", expected 5 (minute hour day-of-month month day-of-week) or 6 (with seconds first)");
        }
        return fields;
    }

    /** Only the exact texts {@code *} and {@code ?} leave a day field unrestricted. */
    private static boolean isRestricted(String dayField) {
        return !dayField.equals("*") && !dayField.equals("?");
    }

    private static ValueSet plain(String expression, CronField field, String text) {
        return ValueSet.ofBits(new FieldParser(expression, field).parseList(text));
    }
}
