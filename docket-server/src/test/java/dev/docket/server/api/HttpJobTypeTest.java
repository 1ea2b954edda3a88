package dev.docket.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.docket.server.support.Await;
import dev.docket.server.support.Http;
import dev.docket.server.support.Http.Answer;
import dev.docket.server.support.TestServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every server runs the built-in {@code http} type; loopback destinations only with --allow-private-http. */
class HttpJobTypeTest {
    private HttpServer receiver;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String hook() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private JsonNode deliver(boolean allowPrivate, String finalState) {
        try (TestServer server = TestServer.start(TestServer.freshSqlite(), null, null, b -> { },
                s -> s.withAllowPrivateHttp(allowPrivate))) {
            Http http = server.http();
            Answer a = http.post("/api/v1/jobs", "{\"type\":\"http\",\"args\":{\"url\":\"" + hook()
                    + "\",\"method\":\"POST\",\"body\":{\"event\":\"paid\"}}}");
            assertThat(a.status()).as(a.toString()).isEqualTo(201);
            String id = a.json().path("id").stringValue();
            return Await.value("the http job is " + finalState, () -> {
                JsonNode j = http.get("/api/v1/jobs/" + id).json();
                return j.path("state").stringValue().equals(finalState) ? j : null;
            });
        }
    }

    @Test
    void aLoopbackDestinationIsDeliveredWhenPrivateHttpIsAllowed() {
        JsonNode job = deliver(true, "succeeded");
        assertThat(job.path("result").path("status").intValue()).isEqualTo(204);
        assertThat(received).containsExactly("{\"event\":\"paid\"}");
    }

    @Test
    void aLoopbackDestinationIsRefusedByDefault() {
        JsonNode job = deliver(false, "dead");
        assertThat(job.path("errors").get(0).path("message").stringValue()).isNotBlank();
        assertThat(received).isEmpty();
    }
}
