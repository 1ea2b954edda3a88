package dev.docket.cron;

import java.util.List;
import java.util.Locale;

/**
 * The six fields a cron expression can have, with their ranges and value names.
 *
 * <p>Kept in one place so that the parser, the error messages and the tests all agree on what
 * "out of range" means for each field.
 */
enum CronField {
    SECOND("second", 0, 59, List.of(), 0),
    MINUTE("minute", 0, 59, List.of(), 0),
    HOUR("hour", 0, 23, List.of(), 0),
    DAY_OF_MONTH("day-of-month", 1, 31, List.of(), 0),
    MONTH("month", 1, 12,
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), 1),
    /** 0 to 7, where both 0 and 7 mean Sunday, as in Vixie cron. */
    DAY_OF_WEEK("day-of-week", 0, 7, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"), 0);

    private final String label;
    private final int min;
    private final int max;
    private final List<String> names;
    private final int firstNamedValue;

    CronField(String label, int min, int max, List<String> names, int firstNamedValue) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.names = names;
        this.firstNamedValue = firstNamedValue;
    }

    /** The name used in error messages and {@link CronParseException#field()}. */
    String label() {
        return label;
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }

    /** How many distinct values the field can hold; also the largest step accepted. */
    int size() {
        return max - min + 1;
    }

    boolean hasNames() {
        return !names.isEmpty();
    }

    /** The numeric value of a three-letter name such as {@code jan} or {@code Mon}, or -1. */
    int valueOfName(String token) {
        int index = names.indexOf(token.toUpperCase(Locale.ROOT));
        return index < 0 ? -1 : index + firstNamedValue;
    }
}
