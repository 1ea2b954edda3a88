package dev.docket.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.schedule.CatchUp;
import dev.docket.schedule.JobSchedule;
import dev.docket.schedule.Overlap;
import dev.docket.spi.ScheduleRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TickPlannerTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private final TickPlanner planner = new TickPlanner(Duration.ofSeconds(5));

    private static JobSchedule hourly(CatchUp catchUp, Overlap overlap) {
        return JobSchedule.cron("h", "0 * * * *").job("t", null).catchUp(catchUp).overlap(overlap).build();
    }

    private static ScheduleRecord state(Instant handledUntil, Instant pending, Long lastJob) {
        return new ScheduleRecord("h", "{}", false, handledUntil, null, null, lastJob, pending, T0, T0);
    }

    private static Instant h(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    @Test
    void anOnTimeTickFiresAndTheWatermarkMovesToIt() {
        SchedulePlan p = planner.plan(hourly(CatchUp.ONE, Overlap.ALLOW), state(T0, null, null), false, h(1).plusSeconds(1))
                .orElseThrow();
        assertThat(p.fire()).containsExactly(h(1));
        assertThat(p.handledUntil()).isEqualTo(h(1));
        assertThat(p.nextFireAt()).isEqualTo(h(2));
    }

    @Test
    void nothingDueMeansNoPlan() {
        assertThat(planner.plan(hourly(CatchUp.ONE, Overlap.ALLOW), state(T0, null, null), false, h(1).minusSeconds(1)))
                .isEmpty();
    }

    @Test
    void missedTicksFollowTheCatchUpPolicy() {
        Instant now = h(3).plusSeconds(30);
        assertThat(plan(CatchUp.NONE, Overlap.ALLOW, now).fire()).isEmpty();
        assertThat(plan(CatchUp.ONE, Overlap.ALLOW, now).fire()).containsExactly(h(3));
        assertThat(plan(CatchUp.ALL, Overlap.ALLOW, now).fire()).containsExactly(h(1), h(2), h(3));
        assertThat(plan(CatchUp.NONE, Overlap.ALLOW, now).handledUntil()).isEqualTo(h(3));
    }

    @Test
    void missedTicksDoNotSwallowAnOnTimeOne() {
        Instant now = h(3).plusSeconds(2);
        assertThat(plan(CatchUp.NONE, Overlap.ALLOW, now).fire()).containsExactly(h(3));
        assertThat(plan(CatchUp.ONE, Overlap.ALLOW, now).fire()).containsExactly(h(2), h(3));
    }

    @Test
    void catchUpAllFiresAtMostTheLatestThousand() {
        JobSchedule everySecond = JobSchedule.every("s", Duration.ofSeconds(1)).job("t", null).catchUp(CatchUp.ALL).build();
        ScheduleRecord s = new ScheduleRecord("s", "{}", false, T0, null, null, null, null, T0, T0);
        SchedulePlan p = planner.plan(everySecond, s, false, T0.plus(Duration.ofHours(2))).orElseThrow();
        assertThat(p.fire()).hasSize(1000);
        assertThat(p.fire().get(999)).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(p.handledUntil()).isEqualTo(T0.plus(Duration.ofHours(2)));
    }

    @Test
    void aYearOfMissedSecondsIsPlannedQuickly() {
        JobSchedule everySecond = JobSchedule.every("s", Duration.ofSeconds(1)).job("t", null).catchUp(CatchUp.ONE).build();
        ScheduleRecord s = new ScheduleRecord("s", "{}", false, T0, null, null, null, null, T0, T0);
        Instant now = T0.plus(Duration.ofDays(365));
        SchedulePlan p = planner.plan(everySecond, s, false, now).orElseThrow();
        assertThat(p.fire()).as("one for every missed tick, then the six on time").hasSize(7)
                .startsWith(now.minusSeconds(6)).endsWith(now);
        assertThat(p.handledUntil()).isEqualTo(now);
    }

    @Test
    void skipDropsTicksWhileThePreviousRunIsUnfinished() {
        Instant now = h(1).plusSeconds(1);
        assertThat(planner.plan(hourly(CatchUp.ONE, Overlap.SKIP), state(T0, null, 7L), true, now).orElseThrow().fire())
                .isEmpty();
        assertThat(planner.plan(hourly(CatchUp.ONE, Overlap.SKIP), state(T0, null, 7L), false, now).orElseThrow().fire())
                .containsExactly(h(1));
    }

    @Test
    void bufferKeepsOneTickWaitingAndFiresItWhenThePreviousRunFinishes() {
        JobSchedule s = hourly(CatchUp.ALL, Overlap.BUFFER);
        SchedulePlan waiting = planner.plan(s, state(T0, null, 7L), true, h(2).plusSeconds(1)).orElseThrow();
        assertThat(waiting.fire()).isEmpty();
        assertThat(waiting.pendingTick()).isEqualTo(h(2));

        SchedulePlan released = planner.plan(s, state(h(2), h(2), 7L), false, h(2).plusSeconds(30)).orElseThrow();
        assertThat(released.fire()).containsExactly(h(2));
        assertThat(released.pendingTick()).isNull();
        assertThat(released.handledUntil()).isEqualTo(h(2));
    }

    @Test
    void pausedSchedulesAndEndedOnesDoNotFire() {
        ScheduleRecord paused = new ScheduleRecord("h", "{}", true, T0, null, null, null, null, T0, T0);
        assertThat(planner.plan(hourly(CatchUp.ALL, Overlap.ALLOW), paused, false, h(5))).isEmpty();
        JobSchedule ended = hourly(CatchUp.ALL, Overlap.ALLOW).toBuilder().endAt(h(2)).build();
        SchedulePlan p = planner.plan(ended, state(T0, null, null), false, h(5)).orElseThrow();
        assertThat(p.fire()).containsExactly(h(1), h(2));
        assertThat(p.nextFireAt()).isNull();
        assertThat(planner.plan(ended, state(h(2), null, null), false, h(9))).isEmpty();
    }

    @Test
    void nothingFiresBeforeTheStart() {
        JobSchedule later = hourly(CatchUp.ALL, Overlap.ALLOW).toBuilder().startAt(h(3)).build();
        SchedulePlan p = planner.plan(later, state(T0, null, null), false, h(4).plusSeconds(1)).orElseThrow();
        assertThat(p.fire()).containsExactly(h(3), h(4));
    }

    private SchedulePlan plan(CatchUp c, Overlap o, Instant now) {
        Optional<SchedulePlan> p = planner.plan(hourly(c, o), state(T0, null, null), false, now);
        return p.orElseThrow();
    }

    @Test
    void storedDefinitionsRoundTrip() {
        ScheduleJson json = new ScheduleJson(dev.docket.JacksonJsonCodec.create());
        JobSchedule s = JobSchedule.cron("nightly", "30 2 * * *").zone("Europe/Berlin")
                .job("reports.build", java.util.Map.of("kind", "daily"), o -> o.queue("reports").priority(2)
                        .maxAttempts(3).timeout(Duration.ofMinutes(5)).meta("team", "finance"))
                .overlap(Overlap.SKIP).catchUp(CatchUp.ALL).jitter(Duration.ofSeconds(30)).build();
        JobSchedule back = json.read("nightly", json.write(s));
        assertThat(json.write(back)).isEqualTo(json.write(s));
        assertThat(back.args().toString()).isEqualTo("{\"kind\":\"daily\"}");
        assertThat(ScheduleJson.sameTiming(s, back)).isTrue();
        assertThat(ScheduleJson.sameTiming(s, s.toBuilder().zone("UTC").build())).isFalse();
        assertThat(List.of(back.options().queue(), back.options().meta().get("team"))).containsExactly("reports", "finance");
    }
}
