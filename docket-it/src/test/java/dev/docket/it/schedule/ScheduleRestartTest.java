package dev.docket.it.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.schedule.CatchUp;
import dev.docket.schedule.JobSchedule;
import dev.docket.schedule.Overlap;
import dev.docket.test.DocketTestKit;
import dev.docket.test.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Schedules live in the store: a process that stops and a new one that starts later on the same
 * SQLite file neither forget nor repeat a tick, and the ticks missed in between follow the policy.
 */
class ScheduleRestartTest {
    private static final Instant START = Instant.parse("2030-01-01T00:00:30Z");

    record Empty() {
    }

    private static DocketTestKit process(Path file, ManualClock clock, JobSchedule schedule, boolean handles) {
        Consumer<dev.docket.DocketBuilder> config = b -> {
            b.store("sqlite:" + file + "?databaseClock=false").schedule(schedule);
            if (handles) {
                b.handle("work", Empty.class, (a, c) -> { });
            }
        };
        return DocketTestKit.create(clock, config);
    }

    private static List<Instant> ticks(DocketTestKit kit) {
        return kit.jobs("work").stream().map(j -> Instant.parse(j.meta().get("tick")))
                .sorted(Comparator.naturalOrder()).toList();
    }

    private static Instant at(String hhmm) {
        return Instant.parse("2030-01-01T" + hhmm + ":00Z");
    }

    @ParameterizedTest
    @EnumSource(CatchUp.class)
    void ticksMissedWhileNoProcessRanFollowTheCatchUpPolicy(CatchUp policy) throws Exception {
        Path file = Files.createTempDirectory("docket-restart").resolve("docket.db");
        JobSchedule s = JobSchedule.cron("hourly", "0 * * * *").job("work", null).catchUp(policy).build();
        ManualClock clock = ManualClock.at(START);
        try (DocketTestKit first = process(file, clock, s, true)) {
            first.advanceTo(at("02:30"));
            assertThat(ticks(first)).containsExactly(at("01:00"), at("02:00"));
        }
        clock.advanceTo(at("05:30"));
        try (DocketTestKit second = process(file, clock, s, true)) {
            second.runDue();
            List<Instant> ticks = ticks(second);
            assertThat(ticks).startsWith(at("01:00"), at("02:00"));
            List<Instant> caughtUp = ticks.subList(2, ticks.size());
            switch (policy) {
                case NONE -> assertThat(caughtUp).isEmpty();
                case ONE -> assertThat(caughtUp).containsExactly(at("05:00"));
                case ALL -> assertThat(caughtUp).containsExactly(at("03:00"), at("04:00"), at("05:00"));
                default -> throw new IllegalStateException();
            }
            second.advance(Duration.ofHours(1));
            assertThat(ticks(second)).endsWith(at("06:00")).doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest
    @EnumSource(Overlap.class)
    void anUnfinishedRunCarriedOverARestartFollowsTheOverlapPolicy(Overlap overlap) throws Exception {
        Path file = Files.createTempDirectory("docket-restart").resolve("docket.db");
        JobSchedule s = JobSchedule.cron("hourly", "0 * * * *").job("work", null).catchUp(CatchUp.ALL)
                .overlap(overlap).build();
        ManualClock clock = ManualClock.at(START);
        try (DocketTestKit first = process(file, clock, s, false)) {
            first.advanceTo(at("01:30"));
            assertThat(ticks(first)).containsExactly(at("01:00"));
        }
        clock.advanceTo(at("03:30"));
        try (DocketTestKit second = process(file, clock, s, false)) {
            second.runDue();
            switch (overlap) {
                case ALLOW -> assertThat(ticks(second)).containsExactly(at("01:00"), at("02:00"), at("03:00"));
                case SKIP, BUFFER -> assertThat(ticks(second)).containsExactly(at("01:00"));
                default -> throw new IllegalStateException();
            }
        }
        try (DocketTestKit third = process(file, clock, s, true)) {
            third.runDue();
            switch (overlap) {
                case ALLOW -> assertThat(ticks(third)).containsExactly(at("01:00"), at("02:00"), at("03:00"));
                case SKIP -> assertThat(ticks(third)).as("the skipped ticks stay skipped").containsExactly(at("01:00"));
                case BUFFER -> assertThat(ticks(third)).as("the one buffered tick fires once the run is done")
                        .containsExactly(at("01:00"), at("03:00"));
                default -> throw new IllegalStateException();
            }
        }
    }
}
