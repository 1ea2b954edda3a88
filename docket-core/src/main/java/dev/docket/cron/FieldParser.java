package dev.docket.cron;

/**
 * Parses the plain cron syntax shared by every field: {@code *}, single values, names, ranges,
 * steps and comma-separated lists of those.
 *
 * <p>Values are accumulated into a bit mask (bit {@code v} set means value {@code v} matches).
 * The special day syntax ({@code L}, {@code W}, {@code #}) is recognised by
 * {@link DayFieldParser}, which hands every other list element back to this class.
 *
 * <p>Deliberate strictness: a reversed range such as {@code 50-10} is an error rather than a
 * wrap-around, a step must be between 1 and the number of values the field can hold, and
 * {@code ?} is accepted only as a whole day field (handled by the caller).
 */
final class FieldParser {

    /** Longest digit string parsed as a number; longer ones are reported as out of range. */
    private static final int MAX_DIGITS = 9;

    private final String expression;
    private final CronField field;

    FieldParser(String expression, CronField field) {
        this.expression = expression;
        this.field = field;
    }

    /** Parses a whole field made only of plain list elements. */
    long parseList(String text) {
        if (text.equals("?")) {
            throw error(text, "? is only allowed in the day-of-month and day-of-week fields");
        }
        long bits = 0;
        for (String element : splitList(text)) {
            bits |= parseElement(element);
        }
        return bits;
    }

    /** Splits a field on commas, rejecting empty elements such as in {@code 1,,2} or {@code 1,}. */
    String[] splitList(String text) {
        String[] elements = text.split(",", -1);
        for (String element : elements) {
            if (element.isEmpty()) {
                throw error(text, "empty element in list \"" + text + "\"");
            }
        }
        return elements;
    }

    /** Parses one list element: {@code *}, {@code v}, {@code a-b}, optionally followed by {@code /step}. */
    long parseElement(String element) {
        if (element.equals("?")) {
            throw error(element, "? must be the whole field, not part of a list");
        }
        String range = element;
        int step = 0;
        int slash = element.indexOf('/');
        if (slash >= 0) {
            range = element.substring(0, slash);
            step = parseStep(element, element.substring(slash + 1));
        }
        int low;
        int high;
        if (range.equals("*")) {
            low = field.min();
            high = field.max();
        } else if (range.indexOf('-') >= 0) {
            int dash = range.indexOf('-');
            String from = range.substring(0, dash);
            String to = range.substring(dash + 1);
            if (from.isEmpty() || to.isEmpty() || to.indexOf('-') >= 0) {
                throw error(element, "malformed range " + range);
            }
            low = parseValue(from);
            high = parseValue(to);
            if (low > high) {
                throw error(element, "range " + range + " is reversed (start is after end)");
            }
        } else {
            low = parseValue(range);
            high = step == 0 ? low : field.max();
        }
        long bits = 0;
        for (int v = low; v <= high; v += Math.max(step, 1)) {
            bits |= 1L << v;
        }
        return bits;
    }

    /** Parses a number or (in the month and day-of-week fields) a three-letter name, range-checked. */
    int parseValue(String token) {
        if (token.isEmpty()) {
            throw error(token, "missing value");
        }
        if (isDigits(token)) {
            if (token.length() > MAX_DIGITS) {
                throw outOfRange(token);
            }
            int value = Integer.parseInt(token);
            if (value < field.min() || value > field.max()) {
                throw outOfRange(token);
            }
            return value;
        }
        int named = field.valueOfName(token);
        if (named >= 0) {
            return named;
        }
        throw error(token, "value " + token + " is not a number" + (field.hasNames() ? " or name" : ""));
    }

    private int parseStep(String element, String stepText) {
        if (!isDigits(stepText)) {
            throw error(element, "step \"" + stepText + "\" in " + element + " is not a number");
        }
        int step = stepText.length() > MAX_DIGITS ? Integer.MAX_VALUE : Integer.parseInt(stepText);
        if (step < 1 || step > field.size()) {
            throw error(element, "step " + stepText + " in " + element + " must be 1-" + field.size());
        }
        return step;
    }

    private CronParseException outOfRange(String token) {
        return error(token, "value " + token + " out of range " + field.min() + "-" + field.max());
    }

    CronParseException error(String value, String detail) {
        return CronParseException.inField(expression, field, value, detail);
    }

    static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
