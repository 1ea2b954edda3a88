package dev.docket.sqlite;

import static dev.docket.sqlite.TestStores.T0;
import static dev.docket.sqlite.TestStores.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.JobRecord;
import dev.docket.spi.StateCount;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acknowledged inserts are on disk: after closing, and after the inserting process is killed. */
class DurabilityTest {
    @TempDir
    Path dir;

    @Test
    void concurrentInsertsAllSurviveClosingAndReopening() throws Exception {
        Path file = dir.resolve("docket.db");
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try (SqliteStore store = TestStores.open(file)) {
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                threads.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        acknowledged.add(TestStores.insert(store, job("q"), T0));
                    }
                }));
            }
            for (Future<?> f : threads) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(acknowledged).hasSize(1600);
        try (SqliteStore reopened = TestStores.open(file)) {
            assertThat(reopened.queries().countByQueueAndState())
                    .containsExactly(new StateCount("q", JobState.AVAILABLE, 1600));
            for (long id : acknowledged) {
                assertThat(reopened.queries().find(id)).as("job %d", id).isPresent();
            }
        }
    }

    @Test
    void acknowledgedInsertsSurviveKillDashNine() throws Exception {
        Path file = dir.resolve("crash.db");
        Process child = ChildProcess.start("enqueue", file.toString(), "4");
        List<Long> acknowledged = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < 500 && (line = lines.readLine()) != null) {
                acknowledged.add(Long.parseLong(line.trim()));
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(500);
        try (SqliteStore store = TestStores.open(file)) {
            for (long id : acknowledged) {
                assertThat(store.queries().find(id)).as("acknowledged job %d", id).isPresent()
                        .get().extracting(JobRecord::state).isEqualTo(JobState.AVAILABLE);
            }
        }
    }
}
