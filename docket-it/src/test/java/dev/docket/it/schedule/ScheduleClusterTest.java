package dev.docket.it.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Docket;
import dev.docket.admin.JobQuery;
import dev.docket.admin.JobPage;
import dev.docket.it.Await;
import dev.docket.it.TestStore;
import dev.docket.spi.Leadership;
import dev.docket.spi.Store;
import dev.docket.spi.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Three Docket processes on one PostgreSQL share a schedule that fires every second; the leader is
 * killed with {@code kill -9} again and again. Every tick in the window has exactly one job.
 */
class ScheduleClusterTest {
    private static final int KILLS = 4;

    @Test
    void everyTickFiresExactlyOnceWhileLeadersAreKilled() throws Exception {
        String url = TestStore.POSTGRES.freshUrl();
        Path dir = Files.createTempDirectory("docket-cluster");
        Map<Long, Process> processes = new HashMap<>();
        try (Store store = Stores.open(url); Docket observer = Docket.builder().store(url).build()) {
            for (int i = 0; i < 3; i++) {
                start(url, dir, "p" + i, processes);
            }
            Await.until("a leader is elected", Duration.ofSeconds(30), () -> leaderPid(store).isPresent());
            Instant windowStart = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
            for (int k = 0; k < KILLS; k++) {
                Instant settle = Instant.now().plusSeconds(6);
                Await.until("the cluster runs a while", Duration.ofSeconds(30), () -> Instant.now().isAfter(settle));
                long leader = leaderPid(store).orElseThrow();
                Process victim = processes.remove(leader);
                assertThat(victim).as("the leader %d is one of ours", leader).isNotNull();
                victim.destroyForcibly().waitFor();
                Await.until("another process leads", Duration.ofSeconds(30),
                        () -> leaderPid(store).filter(p -> p != leader).isPresent());
                start(url, dir, "r" + k, processes);
            }
            // on a fast machine failovers and restarts take little time: run on until the window is long enough
            Instant longEnough = windowStart.plusSeconds(32);
            Await.until("the window lasts 30 s", Duration.ofSeconds(60), () -> Instant.now().isAfter(longEnough));
            Instant windowEnd = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
            Await.until("every tick up to the window's end fired", Duration.ofSeconds(30),
                    () -> ticks(observer).stream().anyMatch(t -> !t.isBefore(windowEnd)));

            List<Instant> ticks = ticks(observer);
            assertThat(ticks).as("no tick fired twice").doesNotHaveDuplicates();
            long window = Duration.between(windowStart, windowEnd).toSeconds();
            assertThat(window).isGreaterThanOrEqualTo(30);
            for (Instant t = windowStart; !t.isAfter(windowEnd); t = t.plusSeconds(1)) {
                assertThat(ticks).as("tick %s", t).contains(t);
            }
        } finally {
            processes.values().forEach(Process::destroyForcibly);
        }
    }

    private static Optional<Long> leaderPid(Store store) {
        Optional<Leadership> l = store.leaders().current("maintenance", Instant.now());
        return l.map(x -> Long.parseLong(x.holder().split(":")[1]));
    }

    private static List<Instant> ticks(Docket d) {
        List<Instant> out = new ArrayList<>();
        JobQuery q = JobQuery.all().withType("cluster.tick").withLimit(JobQuery.MAX_LIMIT);
        while (true) {
            JobPage page = d.admin().jobs(q);
            page.jobs().forEach(j -> out.add(Instant.parse(j.meta().get("tick"))));
            if (page.nextCursor() == null) {
                return out;
            }
            q = q.withCursor(page.nextCursor());
        }
    }

    private static void start(String url, Path dir, String name, Map<Long, Process> processes) throws Exception {
        Path out = dir.resolve(name + ".out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ClusterWorker.class.getName(), url).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        Await.until("process " + name + " is ready", Duration.ofSeconds(60),
                () -> !p.isAlive() || read(out).contains("READY"));
        assertThat(p.isAlive()).as("process %s is alive (see %s)", name, out).isTrue();
        processes.put(p.pid(), p);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
