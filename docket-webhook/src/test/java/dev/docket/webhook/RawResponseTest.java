package dev.docket.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.JobFunction;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Responses written byte by byte over a real socket: framing variants and malformed answers. */
class RawResponseTest {
    private final JobFunction<Map<String, Object>, Map<String, Object>> handler =
            HttpJobs.handler(new HttpJobOptions().allowPrivateDestinations(true).responseLimits(64 * 1024, 16));

    @Test
    void interimResponsesAreSkipped() throws Exception {
        assertThat(deliver("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                + "HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok"))
                .containsEntry("status", 201).containsEntry("body", "ok");
    }

    @Test
    void chunkExtensionsAndTrailersAreRead() throws Exception {
        assertThat(deliver("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;ext=1\r\nhello\r\n1\r\n!\r\n0\r\nX-Trailer: t\r\n\r\n"))
                .containsEntry("body", "hello!").containsEntry("bodyTruncated", false);
    }

    @Test
    void aBodyWithoutLengthIsReadUntilCloseAndKeptToTheLimit() throws Exception {
        assertThat(deliver("HTTP/1.0 200 OK\r\n\r\n0123456789abcdefXYZ"))
                .containsEntry("body", "0123456789abcdef").containsEntry("bodyTruncated", true);
    }

    @Test
    void aBodyCutShortKeepsTheStatus() throws Exception {
        assertThat(deliver("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort"))
                .containsEntry("status", 200).containsEntry("body", "short").containsEntry("bodyTruncated", true);
    }

    @Test
    void theCharsetOfTheContentTypeIsUsed() throws Exception {
        assertThat(deliver("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=ISO-8859-1\r\n"
                + "Content-Length: 4\r\n\r\ncaf\u00e9")).containsEntry("body", "caf\u00e9");
    }

    @Test
    void malformedResponsesAreRetried() throws Exception {
        String[] answers = {
            "SSH-2.0-OpenSSH_9.6\r\n",
            "HTTP/1.1 200 OK\r\nBad Header Line\r\n\r\n",
            "HTTP/1.1 200 OK\r\n folded: value\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello",
            "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n",
            "HTTP/1.1 200 OK\r\nX-Long: " + "a".repeat(10_000) + "\r\n\r\n",
            "HTTP/1.1 200 OK\r\n" + "X-H: v\r\n".repeat(101) + "\r\n",
            "",
            "HTTP/1.1 200 OK\r\nContent-",
        };
        for (String answer : answers) {
            assertThatThrownBy(() -> deliver(answer))
                    .as(answer.length() > 60 ? answer.substring(0, 60) : answer)
                    .isInstanceOf(HttpDeliveryException.class)
                    .hasMessageStartingWith("malformed response (POST http://127.0.0.1:");
        }
    }

    @Test
    void aStalledBodyEndsAtTheDeadlineWithTheStatusKept() throws Exception {
        try (RawServer server = new RawServer("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", true)) {
            Map<String, Object> result = handler.handle(Map.of("url", server.url(), "timeoutMs", 200), new TestContext());
            assertThat(result).containsEntry("status", 200).containsEntry("body", "abc")
                    .containsEntry("bodyTruncated", true);
        }
    }

    private Map<String, Object> deliver(String response) throws Exception {
        try (RawServer server = RawServer.answering(response)) {
            return handler.handle(Map.of("url", server.url()), new TestContext());
        }
    }
}
