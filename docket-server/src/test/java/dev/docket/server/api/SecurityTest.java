package dev.docket.server.api;

import static dev.docket.server.api.ApiTestBase.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.server.support.Http;
import dev.docket.server.support.Http.Answer;
import dev.docket.server.support.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The token, the loopback guard of a server without one, and the body limit. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest {
    private static final String TOKEN = "s3cret-token-for-tests";

    TestServer secured;
    TestServer open;

    @BeforeAll
    void start() {
        secured = TestServer.start(TestServer.Kind.SQLITE, TOKEN, b -> { });
        open = TestServer.start(TestServer.Kind.SQLITE);
    }

    @AfterAll
    void stop() {
        secured.close();
        open.close();
    }

    @Test
    void withATokenEveryRouteButHealthNeedsIt() {
        Http anonymous = new Http(secured.url(), null);
        Http wrong = new Http(secured.url(), TOKEN + "x");
        Http shorter = new Http(secured.url(), TOKEN.substring(1));
        for (Http client : List.of(anonymous, wrong, shorter)) {
            for (String path : List.of("/api/v1/jobs", "/api/v1/queues", "/api/v1/stats", "/metrics", "/api/v1/openapi.json",
                    "/api/v1/jobs/1")) {
                Answer a = client.get(path);
                assertError(a, 401, "unauthorized", "Authorization: Bearer");
                assertThat(a.header("WWW-Authenticate")).startsWith("Bearer");
            }
            assertError(client.post("/api/v1/jobs", "{\"type\":\"t\"}"), 401, "unauthorized", "token");
            assertError(client.post("/api/v1/fetch", "{\"queues\":[\"default\"]}"), 401, "unauthorized", "token");
            assertThat(client.get("/health").status()).isEqualTo(200);
        }
        Http good = secured.http();
        assertThat(good.get("/api/v1/jobs?type=t").json().path("jobs")).isEmpty();
        assertThat(good.post("/api/v1/jobs", "{\"type\":\"t\"}").status()).isEqualTo(201);
        assertThat(good.get("/metrics").status()).isEqualTo(200);
    }

    @Test
    void theSchemeIsCaseInsensitiveButTheTokenIsExact() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String header : List.of("bearer " + TOKEN, "BEARER " + TOKEN)) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(java.net.URI.create(secured.url() + "/api/v1/stats"))
                    .header("Authorization", header).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
        }
        for (String header : List.of("Bearer " + TOKEN.toUpperCase(), "Basic " + TOKEN, TOKEN, "Bearer")) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(java.net.URI.create(secured.url() + "/api/v1/stats"))
                    .header("Authorization", header).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(header).isEqualTo(401);
        }
    }

    @Test
    void withoutATokenOnlyLoopbackHostsAndOriginsAreServed() throws Exception {
        assertThat(rawRequest(open.port(), "GET /api/v1/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200");
        assertThat(rawRequest(open.port(), "GET /api/v1/stats HTTP/1.1\r\nHost: localhost:7070\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200");
        String rebound = rawRequest(open.port(), "GET /api/v1/jobs HTTP/1.1\r\nHost: attacker.example:7070\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(rebound).startsWith("HTTP/1.1 403").contains("\"error\":\"forbidden\"").contains("attacker.example");
        String crossSite = rawRequest(open.port(), "POST /api/v1/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Origin: https://evil.example\r\nContent-Type: text/plain\r\nContent-Length: 14\r\nConnection: close\r\n\r\n"
                + "{\"type\":\"t\"}\r\n");
        assertThat(crossSite).startsWith("HTTP/1.1 403").contains("cross-origin");
        assertThat(open.http().get("/api/v1/jobs?type=t").json().path("jobs")).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIs413BeforeItIsRead() throws Exception {
        String declared = rawRequest(open.port(), "POST /api/v1/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{\"type\":\"t\",");
        assertThat(declared).startsWith("HTTP/1.1 413").contains("\"error\":\"payload_too_large\"").contains("1048576 bytes");

        byte[] big = new byte[(1 << 20) + 1];
        Arrays.fill(big, (byte) ' ');
        String chunked = rawChunked(open.port(), big);
        assertThat(chunked).startsWith("HTTP/1.1 413").contains("payload_too_large");

        String atLimit = "{\"type\":\"limit.ok\",\"args\":\"" + "x".repeat((1 << 20) - 40) + "\"}";
        Answer ok = open.http().post("/api/v1/jobs", atLimit + " ".repeat((1 << 20) - atLimit.length()));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        assertThat(open.http().get("/health").status()).isEqualTo(200);
    }

    private static String rawRequest(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return readResponse(s.getInputStream());
        }
    }

    private static String rawChunked(int port, byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/v1/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            int chunk = 64 * 1024;
            try {
                for (int i = 0; i < body.length; i += chunk) {
                    int n = Math.min(chunk, body.length - i);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, i, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before the whole body is sent
            }
            return readResponse(s.getInputStream());
        }
    }

    /** Reads the status line, headers and a Content-Length body. */
    private static String readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                return head.toString();
            }
            head.append((char) c);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
