package dev.docket.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Docket;
import dev.docket.Job;
import dev.docket.JobState;
import dev.docket.server.support.Await;
import dev.docket.server.support.Http;
import dev.docket.server.support.Http.Answer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar as users run it: {@code java -jar docket.jar server …} in its own process. It
 * prints the listening line, runs a demo job, and on SIGTERM lets a running job finish and exits 0.
 */
class ShadedJarIT {
    private static final Pattern LISTENING = Pattern.compile("docket listening on (http://127\\.0\\.0\\.1:(\\d+))");

    @Test
    void theJarServesRunsJobsAndStopsGracefullyOnSigterm() throws Exception {
        Path jar = Paths.get(System.getProperty("docket.jar", "target/docket.jar")).toAbsolutePath();
        assertThat(jar).exists();
        Path dir = Files.createTempDirectory("docket-jar-it-");
        String store = "sqlite:" + dir.resolve("docket.db");
        Path stderr = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "server", "--store", store, "--port", "0", "--demo", "--shutdown-grace", "20s"))
                .directory(dir.toFile()).redirectError(stderr.toFile()).start();
        try {
            List<String> stdout = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String l = out.readLine(); l != null; l = out.readLine()) {
                        stdout.add(l);
                    }
                } catch (java.io.IOException e) {
                    stdout.add("(stdout failed: " + e.getMessage() + ")");
                }
            });
            reader.start();
            String line = Await.value("the listening line", Duration.ofSeconds(60), () -> {
                assertThat(process.isAlive()).as("the server runs; stderr: %s", read(stderr)).isTrue();
                return stdout.isEmpty() ? null : stdout.get(0);
            });
            Matcher m = LISTENING.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            Http http = new Http(m.group(1), null);

            Answer echo = http.post("/api/v1/jobs", "{\"type\":\"demo.echo\",\"args\":{\"from\":\"jar\"}}");
            assertThat(echo.status()).as(echo.toString()).isEqualTo(201);
            String echoId = echo.json().path("id").stringValue();
            Await.until("demo.echo succeeds", () -> http.get("/api/v1/jobs/" + echoId).json().path("state")
                    .stringValue().equals("succeeded"));
            assertThat(http.get("/api/v1/jobs/" + echoId).json().path("result")).isEqualTo(Http.json("{\"from\":\"jar\"}"));

            String sleepId = http.post("/api/v1/jobs", "{\"type\":\"demo.sleep\",\"args\":{\"ms\":1500}}")
                    .json().path("id").stringValue();
            Await.until("demo.sleep runs", () -> http.get("/api/v1/jobs/" + sleepId).json().path("state")
                    .stringValue().equals("running"));

            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the server stops").isTrue();
            assertThat(process.exitValue()).as("exit status; stderr: %s", read(stderr)).isZero();
            reader.join(10_000);
            assertThat(stdout).as("stdout holds the listening line alone").containsExactly(line);

            try (Docket docket = Docket.builder().store(store).build()) {
                Job slept = docket.admin().job(sleepId).orElseThrow();
                assertThat(slept.state()).as("the running job finished within the grace period").isEqualTo(JobState.SUCCEEDED);
            }
        } finally {
            process.destroyForcibly();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
