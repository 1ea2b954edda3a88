package dev.docket.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Docket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** Down when the store does not answer, or when this worker process's heartbeat is missing or stale. */
class HealthIndicatorTest {

    @Test
    void enqueueOnlyProcessesNeedNoHeartbeat() {
        try (Docket docket = Docket.builder().store("memory:").build()) {
            Health h = new DocketHealthIndicator(docket, () -> false, Duration.ofSeconds(30), Clock.systemUTC()).health();
            assertThat(h.getStatus()).isEqualTo(Status.UP);
            assertThat(h.getDetails()).containsEntry("workers", "not running in this process");
        }
    }

    @Test
    void aWorkerProcessMissingFromTheRegistryIsDown() {
        try (Docket docket = Docket.builder().store("memory:").build()) {
            Health h = new DocketHealthIndicator(docket, () -> true, Duration.ofSeconds(30), Clock.systemUTC()).health();
            assertThat(h.getStatus()).isEqualTo(Status.DOWN);
            assertThat(h.getDetails().get("error").toString()).contains("missing from the process registry");
        }
    }

    @Test
    void aStaleHeartbeatIsDown() {
        try (Docket docket = Docket.builder().store("memory:").build().start()) {
            Await.until("registered", () -> !docket.admin().processes().isEmpty());
            Clock later = Clock.fixed(Instant.now().plus(Duration.ofMinutes(5)), ZoneOffset.UTC);
            Health h = new DocketHealthIndicator(docket, () -> true, Duration.ofSeconds(30), later).health();
            assertThat(h.getStatus()).isEqualTo(Status.DOWN);
            assertThat(h.getDetails().get("error").toString()).contains("heartbeat is older than PT30S");
        }
    }

    @Test
    void aStoreThatDoesNotAnswerIsDown() {
        java.nio.file.Path dir = Fixtures.tempDir();
        try (Docket docket = Docket.builder().store("sqlite:" + dir.resolve("d.db")).build()) {
            Health up = new DocketHealthIndicator(docket, () -> false, Duration.ofSeconds(30), Clock.systemUTC()).health();
            assertThat(up.getStatus()).isEqualTo(Status.UP);
        }
        Docket closed = Docket.builder().store("sqlite:" + dir.resolve("e.db")).build();
        SpringDocket over = SpringDocket.over(() -> closed);
        closed.close();
        Health down = new DocketHealthIndicator(over.engine(), () -> false, Duration.ofSeconds(30), Clock.systemUTC()).health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails()).containsKeys("store", "error");
    }
}
