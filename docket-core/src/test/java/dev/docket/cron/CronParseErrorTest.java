package dev.docket.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of malformed expression is rejected with the right field, value and explanation. */
class CronParseErrorTest {

    @Test
    void messageNamesTheExpressionFieldAndValue() {
        assertThatThrownBy(() -> CronExpression.parse("61 * * * *"))
                .isInstanceOf(CronParseException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid cron expression \"61 * * * *\": minute field: value 61 out of range 0-59")
                .asInstanceOf(type(CronParseException.class))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("minute");
                    assertThat(e.value()).isEqualTo("61");
                    assertThat(e.expression()).isEqualTo("61 * * * *");
                });
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1} field, value {2}")
    @CsvSource(delimiter = '|', textBlock = """
            61 * * * *            | minute       | 61          | value 61 out of range 0-59
            * 24 * * *            | hour         | 24          | value 24 out of range 0-23
            * * 0 * *             | day-of-month | 0           | value 0 out of range 1-31
            * * 32 * *            | day-of-month | 32          | value 32 out of range 1-31
            * * * 13 *            | month        | 13          | value 13 out of range 1-12
            * * * 0 *             | month        | 0           | value 0 out of range 1-12
            * * * * 8             | day-of-week  | 8           | value 8 out of range 0-7
            60 * * * * *          | second       | 60          | value 60 out of range 0-59
            0 60 * * * *          | minute       | 60          | value 60 out of range 0-59
            0 0 24 * * *          | hour         | 24          | value 24 out of range 0-23
            0 0 0 * * 9           | day-of-week  | 9           | value 9 out of range 0-7
            99999999999 * * * *   | minute       | 99999999999 | value 99999999999 out of range 0-59
            1,61 * * * *          | minute       | 61          | value 61 out of range 0-59
            * * * FOO *           | month        | FOO         | value FOO is not a number or name
            * * * * MONDAY        | day-of-week  | MONDAY      | value MONDAY is not a number or name
            JAN * * * *           | minute       | JAN         | value JAN is not a number
            * * * * JAN           | day-of-week  | JAN         | value JAN is not a number or name
            * * * MON *           | month        | MON         | value MON is not a number or name
            -5 * * * *            | minute       | -5          | malformed range -5
            5- * * * *            | minute       | 5-          | malformed range 5-
            1-2-3 * * * *         | minute       | 1-2-3       | malformed range 1-2-3
            50-10 * * * *         | minute       | 50-10       | range 50-10 is reversed
            * * * * FRI-SUN       | day-of-week  | FRI-SUN     | range FRI-SUN is reversed
            */0 * * * *           | minute       | */0         | step 0 in */0 must be 1-60
            */61 * * * *          | minute       | */61        | step 61 in */61 must be 1-60
            * */25 * * *          | hour         | */25        | step 25 in */25 must be 1-24
            */x * * * *           | minute       | */x         | step "x" in */x is not a number
            */ * * * *            | minute       | */          | step "" in */ is not a number
            1/2/3 * * * *         | minute       | 1/2/3       | step "2/3" in 1/2/3 is not a number
            1,,2 * * * *          | minute       | 1,,2        | empty element in list "1,,2"
            '1, * * * *'          | minute       | '1,'        | empty element in list "1,"
            ? * * * *             | minute       | ?           | ? is only allowed in the day-of-month and day-of-week fields
            * ? * * *             | hour         | ?           | ? is only allowed in the day-of-month and day-of-week fields
            * * * ? *             | month        | ?           | ? is only allowed in the day-of-month and day-of-week fields
            ? * * * * *           | second       | ?           | ? is only allowed in the day-of-month and day-of-week fields
            * * ?,1 * *           | day-of-month | ?           | ? must be the whole field
            * * * * 1,?           | day-of-week  | ?           | ? must be the whole field
            L * * * *             | minute       | L           | value L is not a number
            * * 5L * *            | day-of-month | 5L          | L must stand alone or be written L-n or LW
            * * L-0 * *           | day-of-month | L-0         | offset in L-0 must be 1-30
            * * L-31 * *          | day-of-month | L-31        | offset in L-31 must be 1-30
            * * L- * *            | day-of-month | L-          | offset in L- must be 1-30
            * * 32W * *           | day-of-month | 32          | value 32 out of range 1-31
            * * W * *             | day-of-month | W           | W must follow a single day number
            * * 1-5W * *          | day-of-month | 1-5W        | W must follow a single day number
            * * * * L             | day-of-week  | L           | L alone is not supported in the day-of-week field
            * * * * 8L            | day-of-week  | 8           | value 8 out of range 0-7
            * * * * MON#6         | day-of-week  | MON#6       | occurrence in MON#6 must be 1-5
            * * * * MON#0         | day-of-week  | MON#0       | occurrence in MON#0 must be 1-5
            * * * * 1#            | day-of-week  | 1#          | occurrence in 1# must be 1-5
            * * * * #2            | day-of-week  | ''          | missing value
            * * * * FOO#2         | day-of-week  | FOO         | value FOO is not a number or name
            * * 15W * 15W         | day-of-week  | 15W         | value 15W is not a number or name
            * * * * 5W            | day-of-week  | 5W          | value 5W is not a number or name
            """)
    void rejectsWithFieldAndValue(String expression, String field, String value, String detail) {
        assertThatThrownBy(() -> CronExpression.parse(expression))
                .isInstanceOf(CronParseException.class)
                .hasMessageStartingWith("invalid cron expression \"" + expression + "\": " + field + " field: ")
                .hasMessageContaining(detail)
                .asInstanceOf(type(CronParseException.class))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.value()).isEqualTo(value);
                });
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" has {1} fields")
    @CsvSource(delimiter = '|', textBlock = """
            ''                  | 0 fields
            '   '               | 0 fields
            *                   | 1 field,
            * * * *             | 4 fields
            0 0 0 * * * 2026    | 7 fields
            """)
    void rejectsWrongFieldCount(String expression, String found) {
        assertThatThrownBy(() -> CronExpression.parse(expression))
                .isInstanceOf(CronParseException.class)
                .hasMessageStartingWith("invalid cron expression \"" + expression + "\": found " + found)
                .hasMessageContaining("expected 5")
                .hasMessageContaining("or 6")
                .asInstanceOf(type(CronParseException.class))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo(CronParseException.WHOLE_EXPRESSION);
                    assertThat(e.value()).isEqualTo(expression);
                });
    }

    @Test
    void rejectsUnknownMacros() {
        assertThatThrownBy(() -> CronExpression.parse("@every 5m"))
                .isInstanceOf(CronParseException.class)
                .hasMessageContaining("unknown macro @every 5m")
                .asInstanceOf(type(CronParseException.class))
                .extracting(CronParseException::field)
                .isEqualTo(CronParseException.WHOLE_EXPRESSION);
        assertThatThrownBy(() -> CronExpression.parse("@reboot")).hasMessageContaining("unknown macro @reboot");
    }

    @Test
    void reportsTheFirstBadFieldFromTheLeft() {
        assertThatThrownBy(() -> CronExpression.parse("99 99 99 99 99"))
                .asInstanceOf(type(CronParseException.class))
                .extracting(CronParseException::field)
                .isEqualTo("minute");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> CronExpression.parse(null)).isInstanceOf(NullPointerException.class);
    }
}
