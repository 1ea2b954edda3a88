package dev.docket.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.server.support.Await;
import dev.docket.server.support.Http;
import dev.docket.server.support.Http.Answer;
import dev.docket.server.support.TestServer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * A real server over loopback on a real store for API tests: one server per test class, and each
 * test uses its own type and queue names so tests do not see each other's jobs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTestBase {
    static final List<String> JOB_FIELDS = List.of("id", "type", "queue", "priority", "state", "args", "meta",
            "attempt", "maxAttempts", "uniqueKey", "createdAt", "scheduledAt", "startedAt", "finishedAt", "errors",
            "result", "progress");
    static final String INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    TestServer server;
    Http http;

    abstract TestServer.Kind kind();

    @BeforeAll
    void startServer() {
        server = TestServer.start(kind());
        http = server.http();
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    /** A name no other test uses. */
    static String unique(String prefix) {
        return prefix + "-" + UNIQUE.incrementAndGet();
    }

    Answer enqueue(String json) {
        return http.post("/api/v1/jobs", json);
    }

    String enqueued(String json) {
        Answer a = enqueue(json);
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a.json().path("id").stringValue();
    }

    JsonNode job(String id) {
        Answer a = http.get("/api/v1/jobs/" + id);
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return a.json();
    }

    JsonNode awaitState(String id, String state) {
        return Await.value("job " + id + " is " + state, () -> {
            JsonNode j = job(id);
            return j.path("state").stringValue().equals(state) ? j : null;
        });
    }

    static void assertError(Answer a, int status, String code, String messagePart) {
        assertThat(a.status()).as(a.toString()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.json().propertyNames()).containsExactly("error", "message");
        assertThat(a.error()).as(a.toString()).isEqualTo(code);
        assertThat(a.message()).as(a.toString()).contains(messagePart);
    }
}
