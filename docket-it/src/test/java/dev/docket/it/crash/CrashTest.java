package dev.docket.it.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Docket;
import dev.docket.Enqueued;
import dev.docket.JobRequest;
import dev.docket.JobState;
import dev.docket.admin.JobQuery;
import dev.docket.it.Await;
import dev.docket.it.TestStore;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Worker JVMs in separate processes; one is killed with {@code kill -9} mid-run. Every
 * acknowledged job still ends succeeded, none is lost, and a job ran twice only if its earlier
 * run was in the killed process.
 */
class CrashTest {
    private static final int JOBS = 1500;

    @ParameterizedTest
    @EnumSource(value = TestStore.class, names = {"SQLITE", "POSTGRES"})
    void killingAWorkerLosesNoAcknowledgedJob(TestStore kind) throws Exception {
        String url = kind.freshUrl();
        Path dir = Files.createTempDirectory("docket-crash");
        List<Process> processes = new ArrayList<>();
        Map<String, Path> ledgers = new LinkedHashMap<>();
        try (Docket producer = Docket.builder().store(url).build()) {
            List<JobRequest> batch = new ArrayList<>();
            for (int i = 0; i < JOBS; i++) {
                batch.add(JobRequest.of("crash.work", new CrashWorker.Work(i)));
            }
            List<Enqueued> acknowledged = new ArrayList<>();
            for (int i = 0; i < JOBS; i += 100) {
                acknowledged.addAll(producer.enqueueAll(batch.subList(i, i + 100)));
            }

            Process victim = start(url, dir, "w1", ledgers, processes);
            start(url, dir, "w2", ledgers, processes);
            Await.until("a third of the jobs succeeded", Duration.ofSeconds(60),
                    () -> succeeded(producer) >= JOBS / 3);

            victim.destroyForcibly().waitFor();
            assertThat(victim.exitValue()).isEqualTo(137);
            start(url, dir, "w3", ledgers, processes);

            Await.until("every acknowledged job succeeded", Duration.ofSeconds(120),
                    () -> succeeded(producer) == JOBS);

            Ledger ledger = Ledger.read(ledgers);
            int duplicates = 0;
            for (Enqueued e : acknowledged) {
                assertThat(producer.admin().job(e.id()).orElseThrow().state()).isEqualTo(JobState.SUCCEEDED);
                List<Ledger.Entry> starts = ledger.starts(e.id());
                assertThat(starts).as("starts of job %s", e.id()).isNotEmpty();
                if (starts.size() > 1) {
                    duplicates++;
                    for (Ledger.Entry earlier : starts.subList(0, starts.size() - 1)) {
                        assertThat(earlier.worker()).as("an earlier run of job %s", e.id()).isEqualTo("w1");
                    }
                }
            }
            System.out.printf("%s: %d jobs, %d ran twice, every earlier run in the killed worker%n", kind, JOBS, duplicates);
        } finally {
            for (Process p : processes) {
                p.destroyForcibly();
            }
        }
    }

    private static Process start(String url, Path dir, String name, Map<String, Path> ledgers, List<Process> processes)
            throws Exception {
        Path ledger = dir.resolve(name + ".log");
        ledgers.put(name, ledger);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashWorker.class.getName(), url, ledger.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .start();
        processes.add(p);
        Await.until("worker " + name + " is ready", Duration.ofSeconds(60), () -> Ledger.ready(ledger) || !p.isAlive());
        assertThat(p.isAlive()).as("worker %s is alive (see %s)", name, dir.resolve(name + ".out")).isTrue();
        return p;
    }

    private static long succeeded(Docket d) {
        return d.admin().stats().counts().get(JobState.SUCCEEDED);
    }
}
