package dev.docket.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Job;
import dev.docket.schedule.CatchUp;
import dev.docket.schedule.JobSchedule;
import dev.docket.schedule.Overlap;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schedules driven by the manual clock, across daylight-saving changes and outages. */
class ScheduleTestKitTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    record Empty() {
    }

    private static DocketTestKit kit(ManualClock clock, JobSchedule schedule) {
        return DocketTestKit.create(clock, b -> b.handle("work", Empty.class, (a, c) -> { }).schedule(schedule));
    }

    private static List<Instant> ticks(DocketTestKit kit) {
        return kit.jobs("work").stream().map(j -> Instant.parse(j.meta().get("tick")))
                .sorted(Comparator.naturalOrder()).toList();
    }

    @Test
    void aTimeInTheSpringForwardGapFiresOnceAtTheEndOfTheGap() {
        ManualClock clock = ManualClock.at(LocalDateTime.parse("2026-03-28T12:00"), BERLIN);
        JobSchedule s = JobSchedule.cron("nightly", "30 2 * * *").zone(BERLIN).job("work", null).build();
        try (DocketTestKit kit = kit(clock, s)) {
            kit.advanceTo(LocalDateTime.parse("2026-03-29T03:30").atZone(BERLIN).toInstant());
            assertThat(ticks(kit)).containsExactly(Instant.parse("2026-03-29T01:00:00Z"));
            assertThat(kit.jobs("work").get(0).meta()).containsEntry("schedule", "nightly");
            kit.advance(Duration.ofDays(1));
            assertThat(ticks(kit)).hasSize(2).endsWith(Instant.parse("2026-03-30T00:30:00Z"));
        }
    }

    @Test
    void aTimeInTheFallBackOverlapFiresOnlyInTheFirstPass() {
        ManualClock clock = ManualClock.at(LocalDateTime.parse("2026-10-24T12:00"), BERLIN);
        JobSchedule s = JobSchedule.cron("nightly", "30 2 * * *").zone(BERLIN).job("work", null).build();
        try (DocketTestKit kit = kit(clock, s)) {
            kit.advanceTo(Instant.parse("2026-10-25T06:00:00Z"));
            assertThat(ticks(kit)).containsExactly(Instant.parse("2026-10-25T00:30:00Z"));
        }
    }

    @Test
    void anHourlyWallClockScheduleFiresInBothPassesOfTheOverlap() {
        ManualClock clock = ManualClock.at(Instant.parse("2026-10-24T23:30:00Z"));
        JobSchedule s = JobSchedule.cron("hourly", "0 * * * *").zone(BERLIN).job("work", null).build();
        try (DocketTestKit kit = kit(clock, s)) {
            kit.advanceTo(Instant.parse("2026-10-25T02:30:00Z"));
            assertThat(ticks(kit)).containsExactly(Instant.parse("2026-10-25T00:00:00Z"),
                    Instant.parse("2026-10-25T01:00:00Z"), Instant.parse("2026-10-25T02:00:00Z"));
        }
    }

    @Test
    void ticksMissedDuringAnOutageFollowTheCatchUpPolicy() {
        Instant start = Instant.parse("2030-01-01T00:00:30Z");
        for (CatchUp policy : CatchUp.values()) {
            JobSchedule s = JobSchedule.cron("hourly", "0 * * * *").job("work", null).catchUp(policy).build();
            try (DocketTestKit kit = kit(ManualClock.at(start), s)) {
                kit.skipTo(Instant.parse("2030-01-01T03:30:00Z"));
                List<Instant> ticks = ticks(kit);
                switch (policy) {
                    case NONE -> assertThat(ticks).isEmpty();
                    case ONE -> assertThat(ticks).containsExactly(Instant.parse("2030-01-01T03:00:00Z"));
                    case ALL -> assertThat(ticks).containsExactly(Instant.parse("2030-01-01T01:00:00Z"),
                            Instant.parse("2030-01-01T02:00:00Z"), Instant.parse("2030-01-01T03:00:00Z"));
                    default -> throw new IllegalStateException();
                }
                kit.advance(Duration.ofHours(1));
                assertThat(ticks(kit)).as("on time again after the outage").endsWith(Instant.parse("2030-01-01T04:00:00Z"));
            }
        }
    }

    @Test
    void skipDropsTicksWhileThePreviousRunIsUnfinished() {
        JobSchedule s = JobSchedule.cron("sync", "0 * * * *").job("elsewhere", null).overlap(Overlap.SKIP).build();
        try (DocketTestKit kit = DocketTestKit.create(ManualClock.at(Instant.parse("2030-01-01T00:00:30Z")),
                b -> b.schedule(s))) {
            kit.advance(Duration.ofHours(3));
            List<Job> jobs = kit.jobs("elsewhere");
            assertThat(jobs).hasSize(1);
            assertThat(jobs.get(0).meta()).containsEntry("tick", "2030-01-01T01:00:00Z");
        }
    }

    @Test
    void pausedSchedulesDoNotFireAndResumeFromNow() {
        JobSchedule s = JobSchedule.cron("hourly", "0 * * * *").job("work", null).catchUp(CatchUp.ALL).build();
        try (DocketTestKit kit = kit(ManualClock.at(Instant.parse("2030-01-01T00:00:30Z")), s)) {
            kit.docket().admin().pauseSchedule("hourly");
            kit.advance(Duration.ofHours(3));
            assertThat(ticks(kit)).isEmpty();
            kit.docket().admin().resumeSchedule("hourly");
            kit.advance(Duration.ofHours(1));
            assertThat(ticks(kit)).containsExactly(Instant.parse("2030-01-01T04:00:00Z"));
        }
    }

    @Test
    void theAdminModelPreviewsTheNextRunsAndTriggersOnDemand() {
        JobSchedule s = JobSchedule.cron("nightly", "0 3 * * *").zone(BERLIN).job("work", null).build();
        try (DocketTestKit kit = kit(ManualClock.at(Instant.parse("2030-01-01T12:00:00Z")), s)) {
            var view = kit.docket().admin().schedule("nightly").orElseThrow();
            assertThat(view.nextRuns()).hasSize(5).first().isEqualTo(Instant.parse("2030-01-02T02:00:00Z"));
            assertThat(view.lastRun()).isNull();
            kit.docket().admin().triggerSchedule("nightly");
            assertThat(kit.jobs("work")).singleElement().satisfies(j -> assertThat(j.meta()).containsEntry("trigger", "manual"));
        }
    }
}
