package dev.docket.it.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Docket;
import dev.docket.admin.JobQuery;
import dev.docket.it.Await;
import dev.docket.it.TestStore;
import dev.docket.schedule.CatchUp;
import dev.docket.schedule.JobSchedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A process whose clock runs a minute ahead declares a new schedule on PostgreSQL (which keeps
 * time by the database's clock): its first ticks still fire on time, instead of being taken as
 * already handled up to the process's own "now".
 */
class SkewedClockScheduleTest {
    record Empty() {
    }

    @Test
    void aScheduleDeclaredByAProcessWhoseClockRunsAheadFiresOnTime() {
        JobSchedule everySecond = JobSchedule.cron("skewed", "* * * * * *").job("skewed.tick", null)
                .catchUp(CatchUp.ALL).build();
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(60));
        try (Docket docket = Docket.builder().store(TestStore.POSTGRES.freshUrl()).clock(ahead)
                .lease(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100)).schedule(everySecond)
                .handle("skewed.tick", Empty.class, (a, c) -> { }).build().start()) {
            Instant declared = Instant.now();

            Await.until("a tick fired", Duration.ofSeconds(20),
                    () -> !docket.admin().jobs(JobQuery.all().withType("skewed.tick")).jobs().isEmpty());

            String tick = docket.admin().jobs(JobQuery.all().withType("skewed.tick")).jobs().get(0).meta().get("tick");
            assertThat(Instant.parse(tick)).as("the first tick, by the database's clock")
                    .isBetween(declared.minusSeconds(5), declared.plusSeconds(20));
        }
    }
}
