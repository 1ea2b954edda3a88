package dev.docket.cron;

import java.util.Objects;

/**
 * Thrown when a cron expression is malformed.
 *
 * <p>The message always starts with {@code invalid cron expression "<text>": } and then names the
 * offending field and value, for example
 * {@code invalid cron expression "61 * * * *": minute field: value 61 out of range 0-59}, so that
 * a person reading a log line can fix the expression without consulting the documentation. The
 * same facts are available to programs through {@link #field()} and {@link #value()}.
 */
public final class CronParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The {@link #field()} reported when the problem is not confined to one field. */
    public static final String WHOLE_EXPRESSION = "expression";

    /** The text that failed to parse. */
    private final String expression;
    /** The field's name, or {@link #WHOLE_EXPRESSION}. */
    private final String field;
    /** The offending text. */
    private final String value;

    CronParseException(String expression, String field, String value, String message) {
        super(message);
        this.expression = Objects.requireNonNull(expression);
        this.field = Objects.requireNonNull(field);
        this.value = Objects.requireNonNull(value);
    }

    static CronParseException inField(String expression, CronField field, String value, String detail) {
        return new CronParseException(expression, field.label(), value,
                "invalid cron expression \"" + expression + "\": " + field.label() + " field: " + detail);
    }

    static CronParseException inExpression(String expression, String detail) {
        return new CronParseException(expression, WHOLE_EXPRESSION, expression,
                "invalid cron expression \"" + expression + "\": " + detail);
    }

    /**
     * The expression that failed to parse.
     *
     * @return the complete text, exactly as given
     */
    public String expression() {
        return expression;
    }

    /**
     * The field in which the problem was found: one of {@code "second"}, {@code "minute"},
     * {@code "hour"}, {@code "day-of-month"}, {@code "month"}, {@code "day-of-week"}, or
     * {@link #WHOLE_EXPRESSION} when the problem concerns the expression as a whole (wrong number of
     * fields, unknown macro).
     *
     * @return the field's name
     */
    public String field() {
        return field;
    }

    /**
     * The offending text: the bad value or list element as written (for example {@code "61"} or
     * {@code "10-5"}), or the whole expression when {@link #field()} is {@link #WHOLE_EXPRESSION}.
     *
     * @return the offending text
     */
    public String value() {
        return value;
    }
}
