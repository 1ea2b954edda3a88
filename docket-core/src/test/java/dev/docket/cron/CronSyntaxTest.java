package dev.docket.cron;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every syntax element, checked by what it fires rather than by how it is stored: each row gives
 * an expression, a UTC start and the firings that must follow it. 2026-01-01 is a Thursday.
 */
class CronSyntaxTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" from {1}")
    @CsvSource(delimiter = '|', textBlock = """
            * * * * *          | 2026-01-01T00:00 | 2026-01-01T00:01Z, 2026-01-01T00:02Z, 2026-01-01T00:03Z
            5 * * * *          | 2026-01-01T00:00 | 2026-01-01T00:05Z, 2026-01-01T01:05Z
            5 * * * *          | 2026-01-01T00:05 | 2026-01-01T01:05Z
            */15 * * * *       | 2026-01-01T00:00 | 2026-01-01T00:15Z, 2026-01-01T00:30Z, 2026-01-01T00:45Z, 2026-01-01T01:00Z
            10-50/20 * * * *   | 2026-01-01T00:00 | 2026-01-01T00:10Z, 2026-01-01T00:30Z, 2026-01-01T00:50Z, 2026-01-01T01:10Z
            5/20 * * * *       | 2026-01-01T00:00 | 2026-01-01T00:05Z, 2026-01-01T00:25Z, 2026-01-01T00:45Z, 2026-01-01T01:05Z
            10-12 * * * *      | 2026-01-01T00:00 | 2026-01-01T00:10Z, 2026-01-01T00:11Z, 2026-01-01T00:12Z, 2026-01-01T01:10Z
            0,30,45 * * * *    | 2026-01-01T00:00 | 2026-01-01T00:30Z, 2026-01-01T00:45Z, 2026-01-01T01:00Z
            1-2,*/30 * * * *   | 2026-01-01T00:00 | 2026-01-01T00:01Z, 2026-01-01T00:02Z, 2026-01-01T00:30Z, 2026-01-01T01:00Z
            0 9-17/4 * * *     | 2026-01-01T00:00 | 2026-01-01T09:00Z, 2026-01-01T13:00Z, 2026-01-01T17:00Z, 2026-01-02T09:00Z
            0 22/1 * * *       | 2026-01-01T00:00 | 2026-01-01T22:00Z, 2026-01-01T23:00Z, 2026-01-02T22:00Z
            0 0 1,15 * *       | 2026-01-01T00:00 | 2026-01-15T00:00Z, 2026-02-01T00:00Z, 2026-02-15T00:00Z
            0 0 31 * *         | 2026-01-01T00:00 | 2026-01-31T00:00Z, 2026-03-31T00:00Z, 2026-05-31T00:00Z, 2026-07-31T00:00Z
            0 0 1 JAN,jul *    | 2026-01-01T00:00 | 2026-07-01T00:00Z, 2027-01-01T00:00Z
            0 0 1 Feb-Apr *    | 2026-01-01T00:00 | 2026-02-01T00:00Z, 2026-03-01T00:00Z, 2026-04-01T00:00Z, 2027-02-01T00:00Z
            0 0 1 */5 *        | 2026-01-01T00:00 | 2026-06-01T00:00Z, 2026-11-01T00:00Z, 2027-01-01T00:00Z
            0 0 * * 0          | 2026-01-01T00:00 | 2026-01-04T00:00Z, 2026-01-11T00:00Z
            0 0 * * 7          | 2026-01-01T00:00 | 2026-01-04T00:00Z, 2026-01-11T00:00Z
            0 0 * * sUn        | 2026-01-01T00:00 | 2026-01-04T00:00Z, 2026-01-11T00:00Z
            0 0 * * MON-FRI    | 2026-01-01T00:00 | 2026-01-02T00:00Z, 2026-01-05T00:00Z, 2026-01-06T00:00Z
            0 0 * * 5-7        | 2026-01-01T00:00 | 2026-01-02T00:00Z, 2026-01-03T00:00Z, 2026-01-04T00:00Z, 2026-01-09T00:00Z
            0 0 * * fri-7      | 2026-01-01T00:00 | 2026-01-02T00:00Z, 2026-01-03T00:00Z, 2026-01-04T00:00Z, 2026-01-09T00:00Z
            0 0 * * */3        | 2026-01-01T00:00 | 2026-01-03T00:00Z, 2026-01-04T00:00Z, 2026-01-07T00:00Z, 2026-01-10T00:00Z
            0 0 * * 5/2        | 2026-01-01T00:00 | 2026-01-02T00:00Z, 2026-01-04T00:00Z, 2026-01-09T00:00Z
            0 0 ? * MON        | 2026-01-01T00:00 | 2026-01-05T00:00Z, 2026-01-12T00:00Z
            0 0 1 * ?          | 2026-01-01T00:00 | 2026-02-01T00:00Z, 2026-03-01T00:00Z
            0 0 ? * ?          | 2026-01-01T00:00 | 2026-01-02T00:00Z, 2026-01-03T00:00Z
            0 0 13 * FRI       | 2026-01-01T00:00 | 2026-01-02T00:00Z, 2026-01-09T00:00Z, 2026-01-13T00:00Z, 2026-01-16T00:00Z
            0 0 */10 * MON     | 2026-01-01T00:00 | 2026-01-05T00:00Z, 2026-01-11T00:00Z, 2026-01-12T00:00Z, 2026-01-19T00:00Z
            0 0 29 2 1         | 2028-02-20T00:00 | 2028-02-21T00:00Z, 2028-02-28T00:00Z, 2028-02-29T00:00Z, 2029-02-05T00:00Z
            0 0 L * *          | 2026-01-01T00:00 | 2026-01-31T00:00Z, 2026-02-28T00:00Z, 2026-03-31T00:00Z, 2026-04-30T00:00Z
            0 0 L 2 *          | 2027-03-01T00:00 | 2028-02-29T00:00Z, 2029-02-28T00:00Z
            0 0 L-3 * *        | 2026-01-01T00:00 | 2026-01-28T00:00Z, 2026-02-25T00:00Z, 2026-03-28T00:00Z
            0 0 l-30 * *       | 2025-12-31T00:00 | 2026-01-01T00:00Z, 2026-03-01T00:00Z, 2026-05-01T00:00Z
            0 0 1,L * *        | 2026-01-01T00:00 | 2026-01-31T00:00Z, 2026-02-01T00:00Z, 2026-02-28T00:00Z
            0 0 LW * *         | 2026-01-01T00:00 | 2026-01-30T00:00Z, 2026-02-27T00:00Z, 2026-03-31T00:00Z, 2026-04-30T00:00Z, 2026-05-29T00:00Z
            0 0 15W * *        | 2026-01-01T00:00 | 2026-01-15T00:00Z, 2026-02-16T00:00Z, 2026-03-16T00:00Z
            0 0 15W 8 *        | 2026-01-01T00:00 | 2026-08-14T00:00Z
            0 0 1W * *         | 2026-07-05T00:00 | 2026-08-03T00:00Z, 2026-09-01T00:00Z
            0 0 1w 11 *        | 2026-01-01T00:00 | 2026-11-02T00:00Z
            0 0 31W * *        | 2026-01-01T00:00 | 2026-01-30T00:00Z, 2026-03-31T00:00Z, 2026-05-29T00:00Z
            0 0 * * 5L         | 2026-01-01T00:00 | 2026-01-30T00:00Z, 2026-02-27T00:00Z
            0 0 * * friL       | 2026-01-01T00:00 | 2026-01-30T00:00Z, 2026-02-27T00:00Z
            0 0 * * 7L         | 2026-01-01T00:00 | 2026-01-25T00:00Z, 2026-02-22T00:00Z
            0 0 * * MON#2      | 2026-01-01T00:00 | 2026-01-12T00:00Z, 2026-02-09T00:00Z
            0 0 * * 1#2        | 2026-01-01T00:00 | 2026-01-12T00:00Z, 2026-02-09T00:00Z
            0 0 * * 1#1,5L     | 2026-01-01T00:00 | 2026-01-05T00:00Z, 2026-01-30T00:00Z, 2026-02-02T00:00Z
            0 0 * * MON#5      | 2026-01-01T00:00 | 2026-03-30T00:00Z, 2026-06-29T00:00Z
            0 0 * 2 MON#5      | 2026-01-01T00:00 | 2044-02-29T00:00Z, 2072-02-29T00:00Z
            0 0 29 2 *         | 2026-01-01T00:00 | 2028-02-29T00:00Z, 2032-02-29T00:00Z
            0 0 29 2 *         | 2099-01-01T00:00 | 2104-02-29T00:00Z
            */20 * * * * *     | 2026-01-01T00:00 | 2026-01-01T00:00:20Z, 2026-01-01T00:00:40Z, 2026-01-01T00:01Z
            30 0 12 * * *      | 2026-01-01T00:00 | 2026-01-01T12:00:30Z, 2026-01-02T12:00:30Z
            0 0 0 ? * 1#1      | 2026-01-01T00:00 | 2026-01-05T00:00Z
            @yearly            | 2026-01-01T00:00 | 2027-01-01T00:00Z, 2028-01-01T00:00Z
            @annually          | 2026-01-01T00:00 | 2027-01-01T00:00Z
            @monthly           | 2026-01-01T00:00 | 2026-02-01T00:00Z, 2026-03-01T00:00Z
            @weekly            | 2026-01-01T00:00 | 2026-01-04T00:00Z, 2026-01-11T00:00Z
            @daily             | 2026-01-01T00:00 | 2026-01-02T00:00Z, 2026-01-03T00:00Z
            @midnight          | 2026-01-01T00:00 | 2026-01-02T00:00Z
            @hourly            | 2026-01-01T00:00 | 2026-01-01T01:00Z, 2026-01-01T02:00Z
            @DAILY             | 2026-01-01T00:00 | 2026-01-02T00:00Z
            '  @Hourly '       | 2026-01-01T00:00 | 2026-01-01T01:00Z
            '  0   12 * *  * ' | 2026-01-01T00:00 | 2026-01-01T12:00Z
            '0\t12\t*\t*\t*'   | 2026-01-01T00:00 | 2026-01-01T12:00Z
            """)
    void firesAsSpecified(String expression, String fromUtc, String expected) {
        String unescaped = expression.replace("\\t", "\t");
        int count = expected.split(", ").length;
        assertThat(Firings.of(unescaped, "UTC", fromUtc, count)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" never fires")
    @CsvSource(delimiter = '|', textBlock = """
            0 0 30 2 *
            0 0 31 4,6,9,11 *
            0 0 L-30 2 *
            0 0 30W 2 *
            0 0 0 31 FEB ?
            """)
    void impossibleDatesNeverFire(String expression) {
        CronExpression cron = CronExpression.parse(expression);
        assertThat(cron.next(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).isEmpty();
        assertThat(cron.next(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC, 3)).isEmpty();
    }

    @Test
    void nextIsStrictlyAfterTheGivenInstant() {
        CronExpression daily = CronExpression.parse("0 0 * * *");
        assertThat(daily.next(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                .contains(Instant.parse("2026-01-02T00:00:00Z"));
        assertThat(daily.next(Instant.parse("2025-12-31T23:59:59.999999999Z"), ZoneOffset.UTC))
                .contains(Instant.parse("2026-01-01T00:00:00Z"));
        CronExpression everySecond = CronExpression.parse("* * * * * *");
        assertThat(everySecond.next(Instant.parse("2026-01-01T00:00:00.5Z"), ZoneOffset.UTC))
                .contains(Instant.parse("2026-01-01T00:00:01Z"));
    }

    @Test
    void keepsTheOriginalTextAndComparesByIt() {
        String text = "  */5  * * * mon ";
        CronExpression cron = CronExpression.parse(text);
        assertThat(cron.toString()).isEqualTo(text);
        assertThat(cron).isEqualTo(CronExpression.parse(text)).hasSameHashCodeAs(CronExpression.parse(text));
        assertThat(CronExpression.parse("@daily")).isNotEqualTo(CronExpression.parse("0 0 * * *"));
    }

    @ParameterizedTest(name = "\"{0}\" follows the wall clock: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0 * * * *       | true
            @hourly         | true
            0 0 * * * *     | true
            0 */1 * * *     | false
            0 0-23 * * *    | false
            * 0 * * * *     | true
            0 0 0 * * *     | false
            @daily          | false
            0 2 * * *       | false
            """)
    void onlyALiteralStarHourFollowsTheWallClock(String expression, boolean expected) {
        assertThat(CronExpression.parse(expression).followsWallClock()).isEqualTo(expected);
    }

    @Test
    void countedNextReturnsExactlyCountFirings() {
        CronExpression cron = CronExpression.parse("0 0 * * *");
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(cron.next(start, ZoneOffset.UTC, 0)).isEmpty();
        assertThat(cron.next(start, ZoneOffset.UTC, 3)).containsExactly(
                Instant.parse("2026-01-02T00:00:00Z"),
                Instant.parse("2026-01-03T00:00:00Z"),
                Instant.parse("2026-01-04T00:00:00Z"));
    }
}
