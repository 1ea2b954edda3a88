package dev.docket.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The two kinds of {@link Schedule}, used through the common interface. */
class ScheduleTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void intervalFiresAtTheAnchorThenEveryPeriod() {
        Schedule every90s = new IntervalSchedule(START, Duration.ofSeconds(90));
        assertThat(every90s.next(START.minusSeconds(1))).contains(START);
        assertThat(every90s.next(Instant.MIN)).contains(START);
        assertThat(every90s.next(START)).contains(START.plusSeconds(90));
        assertThat(every90s.next(START.plusSeconds(89))).contains(START.plusSeconds(90));
        assertThat(every90s.next(START.plusSeconds(90))).contains(START.plusSeconds(180));
        assertThat(every90s.next(START.plusSeconds(90).plusNanos(1))).contains(START.plusSeconds(180));
        assertThat(every90s.next(START.plus(Duration.ofDays(3650)).plusMillis(1)))
                .contains(START.plus(Duration.ofDays(3650)).plusSeconds(90));
    }

    @Test
    void intervalKeepsItsAnchorInsteadOfDriftingWithTheCaller() {
        Schedule everySecondAndAHalf = new IntervalSchedule(START, Duration.ofMillis(1500));
        Instant late = START.plusMillis(4000);
        assertThat(everySecondAndAHalf.next(late)).contains(START.plusMillis(4500));
        assertThat(iterate(everySecondAndAHalf, START, 3))
                .containsExactly(START.plusMillis(1500), START.plusMillis(3000), START.plusMillis(4500));
    }

    @Test
    void intervalHandlesSubMillisecondPeriodsAndInstantsBeforeTheEpoch() {
        Instant anchor = Instant.parse("1960-06-15T12:00:00.000000001Z");
        Schedule schedule = new IntervalSchedule(anchor, Duration.ofNanos(333));
        assertThat(schedule.next(anchor.plusNanos(1000))).contains(anchor.plusNanos(1332));
    }

    @Test
    void intervalEndsAtTheEndOfTime() {
        Schedule daily = new IntervalSchedule(Instant.MAX.minus(Duration.ofDays(1)), Duration.ofDays(1));
        assertThat(daily.next(Instant.MAX.minus(Duration.ofDays(1)))).contains(Instant.MAX);
        assertThat(daily.next(Instant.MAX.minusNanos(1))).contains(Instant.MAX);
        assertThat(daily.next(Instant.MAX)).isEmpty();
    }

    @Test
    void intervalRejectsNonPositivePeriods() {
        assertThatThrownBy(() -> new IntervalSchedule(START, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IntervalSchedule(START, Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IntervalSchedule(null, Duration.ofMillis(1))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void cronScheduleIsTheExpressionReadInItsZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Schedule schedule = CronSchedule.of("30 2 * * *", berlin);
        Instant saturdayNoon = Instant.parse("2026-03-28T11:00:00Z");
        assertThat(schedule.next(saturdayNoon)).contains(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(schedule.next(saturdayNoon))
                .isEqualTo(CronExpression.parse("30 2 * * *").next(saturdayNoon, berlin));
        assertThat(CronExpression.parse("30 2 * * *").inZone(berlin)).isEqualTo(schedule);
        assertThat(CronSchedule.of("30 2 * * *", ZoneId.of("UTC")).next(saturdayNoon))
                .contains(Instant.parse("2026-03-29T02:30:00Z"));
        assertThat(CronSchedule.of("0 0 30 2 *", berlin).next(saturdayNoon)).isEmpty();
    }

    @Test
    void cronScheduleRejectsMissingParts() {
        assertThatThrownBy(() -> new CronSchedule(null, ZoneId.of("UTC"))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CronSchedule.of("* * * * *", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CronSchedule.of("* * *", ZoneId.of("UTC"))).isInstanceOf(CronParseException.class);
    }

    @Test
    void bothKindsIterateThroughTheSameInterface() {
        List<Schedule> schedules = List.of(
                new IntervalSchedule(START, Duration.ofMinutes(15)),
                CronSchedule.of("*/15 * * * *", ZoneId.of("UTC")));
        for (Schedule schedule : schedules) {
            assertThat(iterate(schedule, START, 4)).as(schedule.toString()).containsExactly(
                    START.plusSeconds(900), START.plusSeconds(1800), START.plusSeconds(2700), START.plusSeconds(3600));
        }
    }

    private static List<Instant> iterate(Schedule schedule, Instant after, int count) {
        List<Instant> firings = new ArrayList<>();
        Instant cursor = after;
        for (int i = 0; i < count; i++) {
            Optional<Instant> next = schedule.next(cursor);
            if (next.isEmpty()) {
                break;
            }
            cursor = next.get();
            firings.add(cursor);
        }
        return firings;
    }
}
