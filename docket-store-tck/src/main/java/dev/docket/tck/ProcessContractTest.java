package dev.docket.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.spi.ProcessRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ProcessStore}: heartbeats upsert by id, listing, removal and reaping of stale rows. */
class ProcessContractTest extends StoreTestSupport {

    private static ProcessRecord process(String id, Instant startedAt, int running) {
        return new ProcessRecord(id, "host-" + id + ":42", "host-" + id, 42, startedAt, null,
                Map.of("default", 10, "mail", 2), running, "1.2.3");
    }

    @Test
    void heartbeatStoresEveryFieldWithTheHeartbeatAtNow() {
        ProcessRecord p = new ProcessRecord("p1", "name", "host", 4242, at(-100), at(-999_999),
                Map.of("default", 10, "mail", 2), 3, "1.2.3");

        store.processes().heartbeat(p, at(5));

        assertThat(store.processes().list()).containsExactly(new ProcessRecord("p1", "name", "host", 4242,
                at(-100), at(5), Map.of("default", 10, "mail", 2), 3, "1.2.3"));
    }

    @Test
    void heartbeatUpdatesTheProcessById() {
        store.processes().heartbeat(process("p1", at(-100), 1), at(1));

        store.processes().heartbeat(new ProcessRecord("p1", "renamed", "host", 42, at(-100), null,
                Map.of("default", 4), 7, "1.2.4"), at(2));

        assertThat(store.processes().list()).containsExactly(new ProcessRecord("p1", "renamed", "host", 42,
                at(-100), at(2), Map.of("default", 4), 7, "1.2.4"));
    }

    @Test
    void listIsOldestStartedFirst() {
        store.processes().heartbeat(process("young", at(-10), 0), T0);
        store.processes().heartbeat(process("old", at(-300), 0), T0);
        store.processes().heartbeat(process("middle", at(-100), 0), T0);

        assertThat(store.processes().list()).extracting(ProcessRecord::id).containsExactly("old", "middle", "young");
    }

    @Test
    void removeDeletesTheProcessAndIgnoresUnknownIds() {
        store.processes().heartbeat(process("a", at(-1), 0), T0);
        store.processes().heartbeat(process("b", at(-2), 0), T0);

        store.processes().remove("a");
        store.processes().remove("never-registered");

        assertThat(store.processes().list()).extracting(ProcessRecord::id).containsExactly("b");
    }

    @Test
    void reapRemovesOnlyProcessesSilentLongerThanStaleAfter() {
        store.processes().heartbeat(process("stale", at(-500), 0), at(0));
        store.processes().heartbeat(process("edge", at(-400), 0), at(10));
        store.processes().heartbeat(process("fresh", at(-300), 0), at(50));

        int reaped = store.processes().reap(Duration.ofSeconds(60), at(70));

        assertThat(reaped).isEqualTo(1);
        assertThat(store.processes().list()).extracting(ProcessRecord::id).containsExactly("edge", "fresh");
        assertThat(store.processes().reap(Duration.ofSeconds(60), at(70))).isZero();
    }

    @Test
    void aHeartbeatKeepsAProcessFromBeingReaped() {
        store.processes().heartbeat(process("p", at(-500), 0), at(0));
        store.processes().heartbeat(process("p", at(-500), 0), at(100));

        assertThat(store.processes().reap(Duration.ofSeconds(60), at(120))).isZero();
        assertThat(store.processes().list()).hasSize(1);
    }
}
