package dev.docket.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.it.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each peer drains a few hundred jobs on the test PostgreSQL: every job is processed (checked in the
 * peer's own tables, not only by the run) and the output has the configuration lines and the JSON
 * line the comparison table is built from. No timing is asserted.
 */
class PeerDrainTest {
    private static final int JOBS = 500;

    private final TestPostgres pg = TestPostgres.get();
    private PeerDatabase database;

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void jobRunrProcessesEveryJob() throws SQLException {
        JsonNode json = drain("jobrunr");
        assertThat(json.get("system").asString()).isEqualTo("jobrunr");
        assertThat(json.get("settings").get("pollInterval").asString()).isEqualTo("PT5S");
        assertThat(count("SELECT count(*) FROM jobrunr_jobs WHERE state = 'SUCCEEDED'")).isEqualTo(JOBS);
        assertThat(count("SELECT count(*) FROM jobrunr_jobs")).isEqualTo(JOBS);
    }

    @Test
    void dbSchedulerProcessesEveryJob() throws SQLException {
        JsonNode json = drain("db-scheduler");
        assertThat(json.get("system").asString()).isEqualTo("db-scheduler");
        assertThat(json.get("settings").get("pollingStrategy").asString()).isEqualTo("lock-and-fetch");
        assertThat(count("SELECT count(*) FROM scheduled_tasks")).isZero();
    }

    private JsonNode drain(String peer) {
        String name = "peers_" + peer.replace("-", "") + "_t" + ProcessHandle.current().pid();
        database = PeerDatabase.recreate(pg.jdbcUrl(null), name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PeerBench.run(new String[] {"--peer", peer, "--store", pg.jdbcUrl(null), "--jobs",
                String.valueOf(JOBS), "--workers", "4", "--warmup-jobs", "50", "--database", name},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        System.out.println(text);
        assertThat(status).as("exit status; stderr: %s", err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = text.lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("jobs: " + JOBS)).anyMatch(l -> l.startsWith("setting "))
                .anyMatch(l -> l.startsWith("warm-up: 50 jobs drained the same way"));
        JsonNode json = JsonMapper.builder().build().readTree(lines.get(lines.size() - 1));
        assertThat(json.propertyNames()).containsExactly("store", "system", "jobs", "enqueuePerSec",
                "processPerSec", "endToEndSec", "latencyP50Ms", "latencyP99Ms", "cpuMicrosPerJob", "commitsPerSec",
                "settings");
        assertThat(json.get("store").asString()).contains("/" + name);
        assertThat(json.get("jobs").asInt()).isEqualTo(JOBS);
        assertThat(json.get("enqueuePerSec").asLong()).isPositive();
        assertThat(json.get("processPerSec").asLong()).isPositive();
        assertThat(json.get("endToEndSec").asDouble()).isPositive();
        assertThat(json.get("latencyP50Ms").isNull()).isTrue();
        assertThat(json.get("latencyP99Ms").isNull()).isTrue();
        assertThat(json.get("commitsPerSec").asLong()).isPositive();
        assertThat(json.get("settings").get("version").asString()).isNotBlank().isNotEqualTo("unknown");
        assertThat(json.get("settings").size()).isGreaterThan(3);
        return json;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.url()); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
