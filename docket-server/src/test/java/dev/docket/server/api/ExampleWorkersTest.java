package dev.docket.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.server.support.Http;
import dev.docket.server.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The example workers in {@code examples/workers} (Python with only its standard library, Node.js
 * with no packages) run against a real server: they fetch jobs, report progress, complete them and
 * fail them through the HTTP API.
 */
class ExampleWorkersTest extends ApiTestBase {
    private static final Path EXAMPLES = Path.of("..", "examples", "workers");

    @Override
    TestServer.Kind kind() {
        return TestServer.Kind.SQLITE;
    }

    @ParameterizedTest
    @ValueSource(strings = {"python", "node"})
    void theExampleWorkerRunsJobsThroughTheApi(String language) throws Exception {
        String queue = unique(language);
        String counted = enqueued("{\"type\":\"example.wordcount\",\"queue\":\"" + queue
                + "\",\"args\":{\"text\":\"the quick brown fox jumps\"}}");
        String retried = enqueued("{\"type\":\"example.fail\",\"queue\":\"" + queue
                + "\",\"args\":{\"message\":\"flaky disk\",\"retry\":true},\"maxAttempts\":5,"
                + "\"backoff\":{\"initialMs\":3600000,\"maxMs\":3600000}}");
        String refused = enqueued("{\"type\":\"example.fail\",\"queue\":\"" + queue
                + "\",\"args\":{\"message\":\"bad input\",\"retry\":false}}");
        String other = enqueued("{\"type\":\"example.unknown\",\"queue\":\"" + queue + "\"}");

        Process worker = start(language, queue);
        assertThat(worker.waitFor(60, TimeUnit.SECONDS)).as("the %s worker finished", language).isTrue();
        String output = new String(worker.getInputStream().readAllBytes());
        assertThat(worker.exitValue()).as(output).isZero();

        JsonNode done = job(counted);
        assertThat(done.path("state").stringValue()).as(output).isEqualTo("succeeded");
        assertThat(done.path("result")).isEqualTo(Http.json("{\"words\":5,\"worker\":\"" + language + "\"}"));
        assertThat(done.path("progress")).isEqualTo(Http.json("{\"counted\":true}"));

        JsonNode again = job(retried);
        assertThat(again.path("state").stringValue()).isEqualTo("retryable");
        assertThat(again.path("errors").get(0).path("message").stringValue()).contains("flaky disk");

        JsonNode dead = job(refused);
        assertThat(dead.path("state").stringValue()).isEqualTo("dead");
        assertThat(dead.path("attempt").intValue()).isEqualTo(1);
        assertThat(dead.path("errors").get(0).path("message").stringValue()).contains("bad input");

        assertThat(job(other).path("state").stringValue()).as("types the worker does not know stay").isEqualTo("available");
    }

    private Process start(String language, String queue) throws Exception {
        List<String> command = new ArrayList<>();
        if (language.equals("python")) {
            command.add("python3");
            command.add(EXAMPLES.resolve("python/worker.py").toString());
        } else {
            command.add("node");
            command.add(EXAMPLES.resolve("node/worker.js").toString());
        }
        assertThat(Files.exists(Path.of(command.get(1)))).as(command.get(1)).isTrue();
        command.addAll(List.of("--url", server.url(), "--queue", queue, "--max-jobs", "3", "--idle-exit", "20"));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
