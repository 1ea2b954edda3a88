package dev.docket.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.JobFunction;
import dev.docket.NonRetryableException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deliveries to a real local HTTP server (private destinations allowed): every outcome class. */
class DeliveryTest {
    private TestServer server;
    private JobFunction<Map<String, Object>, Map<String, Object>> handler;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        handler = HttpJobs.handler(new HttpJobOptions().allowPrivateDestinations(true).userAgent("DocketTest/1"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void twoHundredSucceedsWithStatusHeadersAndBody() throws Exception {
        server.answer("/ok", 200, "{\"accepted\":true}", "Content-Type", "application/json", "X-Request-Id", "r-1",
                "Set-Cookie", "session=secret");
        Map<String, Object> result = deliver(Map.of("url", server.url("/ok?sig=1"), "body", "ping"));
        assertThat(result).containsEntry("status", 200).containsEntry("body", "{\"accepted\":true}")
                .containsEntry("bodyTruncated", false);
        @SuppressWarnings("unchecked")
        Map<String, String> headers = (Map<String, String>) result.get("headers");
        assertThat(headers).containsEntry("content-type", "application/json").containsEntry("x-request-id", "r-1")
                .doesNotContainKey("set-cookie");
        TestServer.Received got = server.received().get(0);
        assertThat(got.method()).isEqualTo("POST");
        assertThat(got.path()).isEqualTo("/ok?sig=1");
        assertThat(got.body()).isEqualTo("ping");
        assertThat(got.header("User-Agent")).isEqualTo("DocketTest/1");
        assertThat(got.header("Host")).isEqualTo("127.0.0.1:" + server.port());
    }

    @Test
    void jsonBodiesAndCustomHeadersArrive() throws Exception {
        server.answer("/json", 202, "");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", "invoice.paid");
        body.put("lines", List.of(1, 2));
        Map<String, Object> result = deliver(Map.of("url", server.url("/json"), "method", "PUT", "body", body,
                "headers", Map.of("X-Signature", "sha256=abc", "Authorization", "Bearer t")));
        assertThat(result).containsEntry("status", 202).containsEntry("body", "");
        TestServer.Received got = server.received().get(0);
        assertThat(got.method()).isEqualTo("PUT");
        assertThat(got.body()).isEqualTo("{\"event\":\"invoice.paid\",\"lines\":[1,2]}");
        assertThat(got.header("Content-Type")).isEqualTo("application/json");
        assertThat(got.header("X-Signature")).isEqualTo("sha256=abc");
        assertThat(got.header("Authorization")).isEqualTo("Bearer t");
    }

    @Test
    void chunkedResponsesAreReadAndLongBodiesKeptTruncated() throws Exception {
        server.chunked("/chunked", List.of("hello, ", "chunked ", "world"));
        assertThat(deliver(Map.of("url", server.url("/chunked"), "method", "GET")))
                .containsEntry("body", "hello, chunked world").containsEntry("bodyTruncated", false);

        String big = "x".repeat(10_000);
        server.chunked("/big", List.of(big, big));
        Map<String, Object> result = deliver(Map.of("url", server.url("/big"), "method", "GET"));
        assertThat((String) result.get("body")).hasSize(4096);
        assertThat(result).containsEntry("bodyTruncated", true);
    }

    @Test
    void serverErrorsAndTooManyRequestsAreRetried() {
        server.answer("/500", 500, "database down");
        server.answer("/429", 429, "", "Retry-After", "3");
        server.answer("/503", 503, "");
        assertThatThrownBy(() -> deliver(Map.of("url", server.url("/500"))))
                .isInstanceOf(HttpDeliveryException.class)
                .isNotInstanceOf(NonRetryableException.class)
                .hasMessage("HTTP 500 from POST http://127.0.0.1:" + server.port() + "/500: database down")
                .extracting(e -> ((HttpDeliveryException) e).status()).isEqualTo(500);
        assertThatThrownBy(() -> deliver(Map.of("url", server.url("/429"))))
                .isInstanceOf(HttpDeliveryException.class).hasMessageContaining("HTTP 429");
        assertThatThrownBy(() -> deliver(Map.of("url", server.url("/503"))))
                .isInstanceOf(HttpDeliveryException.class).hasMessageContaining("HTTP 503");
    }

    @Test
    void clientErrorsAreFinal() {
        server.answer("/404", 404, "no such hook");
        server.answer("/400", 400, "");
        assertThatThrownBy(() -> deliver(Map.of("url", server.url("/404"))))
                .isInstanceOf(NonRetryableException.class)
                .hasMessageContaining("HTTP 404 from POST").hasMessageContaining("no such hook");
        assertThatThrownBy(() -> deliver(Map.of("url", server.url("/400"))))
                .isInstanceOf(NonRetryableException.class).hasMessageContaining("HTTP 400");
    }

    @Test
    void redirectsAreFinalAndNeverFollowed() {
        server.answer("/target", 200, "followed");
        server.answer("/moved", 301, "", "Location", server.url("/target"));
        server.answer("/temp", 307, "", "Location", server.url("/target"));
        assertThatThrownBy(() -> deliver(Map.of("url", server.url("/moved"))))
                .isInstanceOf(NonRetryableException.class)
                .hasMessageContaining("HTTP 301")
                .hasMessageContaining("redirects are not followed (Location: " + server.url("/target") + ")");
        assertThatThrownBy(() -> deliver(Map.of("url", server.url("/temp"), "method", "GET")))
                .isInstanceOf(NonRetryableException.class).hasMessageContaining("HTTP 307");
        assertThat(server.count("/moved")).isEqualTo(1);
        assertThat(server.count("/target")).isZero();
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsRetried() {
        server.hang("/slow");
        assertThatThrownBy(() -> deliver(Map.of("url", server.url("/slow"), "timeoutMs", 300)))
                .isInstanceOf(HttpDeliveryException.class)
                .hasMessageContaining("timed out after 300 ms while reading the response from 127.0.0.1");
        assertThat(server.count("/slow")).isEqualTo(1);
    }

    @Test
    void aRefusedConnectionIsRetried() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        assertThatThrownBy(() -> deliver(Map.of("url", "http://127.0.0.1:" + port + "/")))
                .isInstanceOf(HttpDeliveryException.class)
                .hasMessageContaining("connection failed while connecting to 127.0.0.1 port " + port);
    }

    @Test
    void headerInjectionNeverReachesTheServer() {
        server.answer("/hook", 200, "");
        assertThatThrownBy(() -> deliver(Map.of("url", server.url("/hook"),
                "headers", Map.of("X-Note", "a\r\nX-Admin: true"))))
                .isInstanceOf(NonRetryableException.class).hasMessageContaining("line break");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void headRequestsAndEmptyAnswersHaveNoBody() throws Exception {
        server.answer("/head", 200, "ignored for HEAD", "Content-Type", "text/plain");
        server.answer("/empty", 204, "");
        assertThat(deliver(Map.of("url", server.url("/head"), "method", "HEAD"))).containsEntry("body", "");
        assertThat(deliver(Map.of("url", server.url("/empty"), "method", "DELETE"))).containsEntry("status", 204);
        assertThat(server.received()).extracting(TestServer.Received::method).containsExactly("HEAD", "DELETE");
    }

    @Test
    void cancellationClosesTheConnectionAtOnce() throws Exception {
        server.hang("/hang");
        TestContext context = new TestContext();
        Thread canceller = new Thread(() -> {
            Await.until("the request arrived", () -> server.count("/hang") == 1);
            context.cancel();
        });
        canceller.start();
        long start = System.nanoTime();
        assertThatThrownBy(() -> handler.handle(Map.of("url", server.url("/hang"), "timeoutMs", 60_000), context))
                .isInstanceOf(dev.docket.JobCancelledException.class)
                .hasMessageContaining("the job was cancelled");
        assertThat(System.nanoTime() - start).as("stopped long before the 60 s timeout").isLessThan(30_000_000_000L);
        canceller.join();
    }

    @Test
    void interruptingTheThreadStopsTheDelivery() throws Exception {
        server.hang("/hang");
        Thread runner = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            Await.until("the request arrived", () -> server.count("/hang") == 1);
            runner.interrupt();
        });
        interrupter.start();
        try {
            assertThatThrownBy(() -> deliver(Map.of("url", server.url("/hang"), "timeoutMs", 60_000)))
                    .isInstanceOf(dev.docket.JobCancelledException.class);
        } finally {
            interrupter.join();
            Thread.interrupted();
        }
    }

    private Map<String, Object> deliver(Map<String, Object> args) throws Exception {
        return handler.handle(args, new TestContext());
    }
}
