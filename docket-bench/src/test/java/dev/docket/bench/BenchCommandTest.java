package dev.docket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.it.TestPostgres;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each mode in-process on small numbers and checks counts and the shape of the output, never timings. */
class BenchCommandTest {
    private static final List<String> CONTRACT = List.of("store", "jobs", "enqueuePerSec", "processPerSec",
            "endToEndSec", "latencyP50Ms", "latencyP99Ms");

    @TempDir
    Path dir;

    @Test
    void drainsOnTheMemoryStore() {
        Map<String, Object> r = drained("memory:", "producer: the workers' Docket");
        assertThat(r).containsEntry("store", "memory").doesNotContainKey("pgCommits");
    }

    @Test
    void drainsOnSqliteAndStartsFromAnEmptyFileEachTime() {
        String url = "sqlite:" + dir.resolve("bench.db");
        String ownProducer = "producer: a Docket of its own, closed before the drain";
        assertThat(drained(url, ownProducer)).containsEntry("store", "sqlite");
        assertThat(drained(url, ownProducer)).containsEntry("succeeded", 2000);
    }

    @Test
    void drainsOnPostgresAndCountsCommits() {
        TestPostgres pg = TestPostgres.get();
        String schema = pg.newSchema("bench_drain");
        try {
            // the warm-up's producer enqueues the timed jobs too, into the schema made again after the warm-up
            Map<String, Object> r = drained(pg.jdbcUrl(schema), "producer: one Docket for the warm-up's enqueues and the timed ones");
            assertThat(r).containsEntry("store", "postgres");
            assertThat(((Number) r.get("pgCommits")).longValue()).isPositive();
        } finally {
            pg.dropSchema(schema);
        }
    }

    private static Map<String, Object> drained(String url, String producerFact) {
        BenchRun run = BenchRun.of("--store", url, "--jobs", "2000", "--batch", "300", "--single-sample", "20",
                "--workers", "8", "--warmup-jobs", "700");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.lines()).anyMatch(l -> l.startsWith("mode: drain")).anyMatch(l -> l.startsWith("jdk: "))
                .anyMatch(l -> l.startsWith("warm-up: 700 jobs enqueued and drained untimed"))
                .anyMatch(l -> l.startsWith(producerFact));
        Map<String, Object> r = run.result();
        assertThat(r).containsKeys(CONTRACT.toArray(String[]::new));
        assertThat(r).containsEntry("jobs", 2000).containsEntry("succeeded", 2000).containsEntry("failedAttempts", 0)
                .containsEntry("mode", "drain").containsEntry("batch", 300).containsEntry("warmupJobs", 700);
        assertThat(r.get("latencyP50Ms")).isNull();
        assertThat(r.get("singleEnqueueP50Ms")).isInstanceOf(Number.class);
        assertThat(r.get("processPerSec")).isInstanceOf(Number.class);
        return r;
    }

    @Test
    void steadyRunWritesSamplesAndAChart() throws Exception {
        Path csv = dir.resolve("steady.csv");
        Path chart = dir.resolve("steady.png");
        BenchRun run = BenchRun.of("--mode", "steady", "--rate", "300", "--duration", "2s", "--warmup", "0s",
                "--interval", "500ms", "--csv", csv.toString(), "--chart", chart.toString(), "--workers", "4");
        assertThat(run.status()).as(run.err()).isZero();
        Map<String, Object> r = run.result();
        assertThat(r).containsKeys(CONTRACT.toArray(String[]::new)).containsEntry("mode", "steady");
        assertThat(((Number) r.get("jobs")).longValue()).isPositive();
        assertThat(r.get("latencyP99Ms")).isInstanceOf(Number.class);
        assertThat((List<?>) r.get("intervalProcessPerSec")).hasSize(4);
        assertThat(Files.readAllLines(csv)).hasSize(5);
        BufferedImage image = ImageIO.read(chart.toFile());
        assertThat(image).isNotNull();
    }

    @Test
    void idleRunWakesAWorkerOfAnotherDocketThroughPostgres() {
        TestPostgres pg = TestPostgres.get();
        String schema = pg.newSchema("bench_idle");
        try {
            BenchRun run = BenchRun.of("--mode", "idle", "--store", pg.jdbcUrl(schema), "--jobs", "10",
                    "--warmup-jobs", "5", "--pause", "1ms", "--json");
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.lines()).hasSize(1);
            assertThat(run.result()).containsEntry("jobs", 10).containsEntry("producer", "separate")
                    .containsEntry("warmupJobs", 5)
                    .containsKeys(CONTRACT.toArray(String[]::new));
            assertThat(run.result().get("latencyP50Ms")).isInstanceOf(Number.class);
        } finally {
            pg.dropSchema(schema);
        }
    }

    @Test
    void commitRunSamplesPostgresCommitsAndDropsItsProbeTable() throws Exception {
        TestPostgres pg = TestPostgres.get();
        String schema = pg.newSchema("bench_commit");
        try {
            BenchRun run = BenchRun.of("--mode", "commit", "--store", pg.jdbcUrl(schema), "--rate", "200",
                    "--duration", "2s", "--warmup", "0s", "--interval", "1s", "--workers", "2");
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.lines()).anyMatch(l -> l.startsWith("connections: 2"))
                    .noneMatch(l -> l.startsWith("fetch batch"));
            Map<String, Object> r = run.result();
            assertThat(r).containsKeys(CONTRACT.toArray(String[]::new)).containsEntry("mode", "commit")
                    .containsEntry("store", "postgres").containsEntry("workers", 2).containsEntry("rate", 200);
            assertThat(((Number) r.get("jobs")).longValue()).isPositive();
            assertThat(r.get("latencyP99Ms")).isInstanceOf(Number.class);
            assertThat((List<?>) r.get("intervalP99Ms")).hasSize(2);
            try (Connection c = pg.connect(schema); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT to_regclass('docket_bench_commit_probe')")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isNull();
            }
        } finally {
            pg.dropSchema(schema);
        }
    }

    @Test
    void commitRunRefusesAStoreThatIsNotPostgres() {
        BenchRun run = BenchRun.of("--mode", "commit", "--store", "memory:");
        assertThat(run.status()).isEqualTo(BenchCommand.USAGE);
        assertThat(run.err()).contains("--mode commit measures a PostgreSQL server");
    }

    @Test
    void enqueueRunCallsFromManyThreadsAtOnceAndStoresEveryJob() throws Exception {
        TestPostgres pg = TestPostgres.get();
        String schema = pg.newSchema("bench_enqueue");
        try {
            BenchRun run = BenchRun.of("--mode", "enqueue", "--store", pg.jdbcUrl(schema) + "&notifyWindowMs=0",
                    "--jobs", "300", "--warmup-jobs", "100", "--workers", "6");
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.lines()).anyMatch(l -> l.startsWith("producer: 6 threads"))
                    .noneMatch(l -> l.startsWith("fetch batch"));
            Map<String, Object> r = run.result();
            assertThat(r).containsKeys(CONTRACT.toArray(String[]::new)).containsEntry("mode", "enqueue")
                    .containsEntry("jobs", 300).containsEntry("workers", 6).containsEntry("warmupJobs", 100);
            assertThat(((Number) r.get("enqueuePerSec")).doubleValue()).isPositive();
            assertThat(r.get("latencyP99Ms")).isInstanceOf(Number.class);
            try (Connection c = pg.connect(schema); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM docket_jobs WHERE state = 'available'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(400);
            }
        } finally {
            pg.dropSchema(schema);
        }
    }

    @Test
    void enqueueRunRefusesWorkerSettings() {
        BenchRun run = BenchRun.of("--mode", "enqueue", "--fetch-batch", "10");
        assertThat(run.status()).isEqualTo(BenchCommand.USAGE);
        assertThat(run.err()).contains("--fetch-batch does not apply to --mode enqueue");
    }

    @Test
    void backlogRunSamplesTheHeap() {
        BenchRun run = BenchRun.of("--mode", "backlog", "--jobs", "3000", "--job-time", "5ms", "--duration", "1s",
                "--interval", "500ms", "--workers", "4");
        assertThat(run.status()).as(run.err()).isZero();
        Map<String, Object> r = run.result();
        assertThat(r).containsEntry("jobs", 3000).containsKeys(CONTRACT.toArray(String[]::new));
        assertThat((List<?>) r.get("heapSamplesMb")).hasSize(2);
        assertThat(((Number) r.get("maxHeapUsedMb")).doubleValue()).isPositive();
    }

    @Test
    void badArgumentsExitWithTwoAndNameTheProblem() {
        BenchRun run = BenchRun.of("--jobs", "-3");
        assertThat(run.status()).isEqualTo(BenchCommand.USAGE);
        assertThat(run.err()).contains("--jobs");
        assertThat(run.lines()).isEmpty();
        BenchRun refused = BenchRun.of("--store", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        assertThat(refused.status()).isEqualTo(BenchCommand.USAGE);
        assertThat(refused.err()).contains("currentSchema");
    }

    @Test
    void helpListsTheModes() {
        BenchRun run = BenchRun.of("--help");
        assertThat(run.status()).isZero();
        assertThat(String.join("\n", run.lines())).contains("drain", "steady", "idle", "backlog", "commit", "enqueue", "--json");
    }
}
