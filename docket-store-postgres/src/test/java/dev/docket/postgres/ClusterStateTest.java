package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.spi.LeaderParams;
import dev.docket.spi.Leadership;
import dev.docket.spi.ProcessRecord;
import dev.docket.spi.QueueRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Queues, processes and leaders, with time driven through {@code now}. */
class ClusterStateTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private static final Duration TTL = Duration.ofSeconds(10);

    private final PostgresFixture fixture = new PostgresFixture();
    private PostgresStore store;

    @BeforeEach
    void open() {
        store = (PostgresStore) fixture.create(false);
    }

    @AfterEach
    void close() {
        fixture.dispose(store);
    }

    @Test
    void pauseAndResumeUpsertTheQueueRow() {
        store.queues().setPaused("mail", true, T0);
        store.queues().setPaused("mail", false, T0.plusSeconds(1));
        store.queues().setPaused("sms", true, T0);
        assertThat(store.queues().list()).containsExactly(new QueueRecord("mail", false, T0.plusSeconds(1)),
                new QueueRecord("sms", true, T0));
    }

    @Test
    void processesHeartbeatListAndReap() {
        ProcessRecord a = new ProcessRecord("a", "host-1", "host", 11, T0, null, Map.of("q", 4), 2, "1.0");
        ProcessRecord b = new ProcessRecord("b", "host-2", "host", 12, T0.plusSeconds(1), null, Map.of(), 0, "1.0");
        store.processes().heartbeat(b, T0.plusSeconds(1));
        store.processes().heartbeat(a, T0);
        store.processes().heartbeat(a, T0.plusSeconds(30));
        assertThat(store.processes().list()).extracting(ProcessRecord::id).containsExactly("a", "b");
        assertThat(store.processes().list().get(0).heartbeatAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(store.processes().list().get(0).queues()).isEqualTo(Map.of("q", 4));
        assertThat(store.processes().reap(Duration.ofSeconds(20), T0.plusSeconds(30))).isEqualTo(1);
        store.processes().remove("a");
        assertThat(store.processes().list()).isEmpty();
    }

    @Test
    void leadershipChangesHandsOnlyWhenExpiredAndCountsTerms() {
        Leadership first = store.leaders().acquire(new LeaderParams("m", "p1", TTL, T0)).orElseThrow();
        assertThat(first).isEqualTo(new Leadership("m", "p1", 1, T0.plus(TTL)));
        assertThat(store.leaders().acquire(new LeaderParams("m", "p2", TTL, T0.plusSeconds(5)))).isEmpty();
        assertThat(store.leaders().acquire(new LeaderParams("m", "p1", TTL, T0.plusSeconds(5))).orElseThrow())
                .isEqualTo(new Leadership("m", "p1", 1, T0.plusSeconds(15)));
        assertThat(store.leaders().current("m", T0.plusSeconds(15))).contains(
                new Leadership("m", "p1", 1, T0.plusSeconds(15)));
        assertThat(store.leaders().current("m", T0.plusSeconds(16))).isEmpty();
        assertThat(store.leaders().acquire(new LeaderParams("m", "p2", TTL, T0.plusSeconds(16))).orElseThrow()
                .term()).isEqualTo(2);
        store.leaders().resign("m", "p2", 1);
        assertThat(store.leaders().current("m", T0.plusSeconds(17))).isPresent();
        store.leaders().resign("m", "p2", 2);
        assertThat(store.leaders().current("m", T0.plusSeconds(17))).isEmpty();
        assertThat(store.leaders().acquire(new LeaderParams("m", "p3", TTL, T0.plusSeconds(17))).orElseThrow()
                .term()).isEqualTo(3);
    }
}
