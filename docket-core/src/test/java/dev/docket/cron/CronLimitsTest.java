package dev.docket.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ends of the time line, and the promise that {@code next} jumps rather than steps. */
class CronLimitsTest {

    private static final List<String> EXPRESSIONS = List.of("* * * * *", "0 0 1 1 *", "0 0 29 2 *", "0 2 * * *", "0 0 * * 5L");

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/Berlin", "Australia/Lord_Howe", "Pacific/Kiritimati"})
    void theEndsOfTheTimeLineNeitherThrowNorLoop(String zoneName) {
        ZoneId zone = ZoneId.of(zoneName);
        Instant nearTheEnd = LocalDateTime.of(999_999_999, 12, 1, 0, 0).toInstant(ZoneOffset.UTC);
        for (String text : EXPRESSIONS) {
            CronExpression cron = CronExpression.parse(text);
            assertThat(cron.next(Instant.MAX, zone)).as(text).isEmpty();
            assertThat(cron.next(Instant.MIN, zone)).as(text).isPresent();
            Optional<Instant> last = cron.next(nearTheEnd, zone);
            last.ifPresent(instant -> assertThat(instant).isAfter(nearTheEnd));
        }
    }

    @Test
    void searchesFourCenturiesAheadForRareDates() {
        // February 29th on a Monday, and nothing else: 2044, 2072, then 2112 (2100 is no leap year).
        CronExpression rare = CronExpression.parse("0 0 * 2 MON#5");
        assertThat(rare.next(Instant.parse("2072-03-01T00:00:00Z"), ZoneOffset.UTC))
                .contains(Instant.parse("2112-02-29T00:00:00Z"));
    }

    @Test
    void rejectsNullsAndNegativeCounts() {
        CronExpression cron = CronExpression.parse("* * * * *");
        assertThatThrownBy(() -> cron.next(null, ZoneOffset.UTC)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> cron.next(Instant.EPOCH, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> cron.next(Instant.EPOCH, ZoneOffset.UTC, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Stepping minute by minute would take tens of milliseconds per call for these; jumping field
     * by field takes microseconds. The bound is two orders of magnitude above the expected cost so
     * that a slow machine does not fail it, while minute-stepping still would.
     */
    @Test
    void rareExpressionsAreFoundInMicroseconds() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        List<CronExpression> rare = List.of(
                CronExpression.parse("0 0 29 2 *"),
                CronExpression.parse("0 0 29 2 1"),
                CronExpression.parse("0 0 31 * *"),
                CronExpression.parse("0 0 * 2 MON#5"),
                CronExpression.parse("0 0 30 2 *"));
        Instant from = Instant.parse("2097-03-01T00:00:00Z");
        int calls = 300;
        for (int round = 0; round < 3; round++) {
            long started = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                for (CronExpression cron : rare) {
                    cron.next(from.plusSeconds(i * 3_600L), berlin);
                }
            }
            long microsPerCall = (System.nanoTime() - started) / 1_000 / (calls * rare.size());
            if (round == 2) {
                assertThat(microsPerCall).as("microseconds per call").isLessThan(1_000);
            }
        }
    }
}
