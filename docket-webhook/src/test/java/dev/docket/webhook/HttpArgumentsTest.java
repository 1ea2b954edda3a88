package dev.docket.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.JacksonJsonCodec;
import dev.docket.NonRetryableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Reading job arguments: defaults, the request they make, and a clear error for each mistake. */
class HttpArgumentsTest {
    private final HttpArguments arguments = new HttpArguments(JacksonJsonCodec.create(), "Agent/1",
            Duration.ofSeconds(10), Duration.ofMinutes(5));

    @Test
    void defaultsArePostWithUserAgentAndTenSeconds() {
        HttpRequestSpec spec = arguments.read(Map.of("url", "https://Example.COM/hook?sig=abc#frag"));
        assertThat(spec.method()).isEqualTo("POST");
        assertThat(spec.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(spec.url().host()).isEqualTo("example.com");
        assertThat(spec.url().port()).isEqualTo(443);
        assertThat(spec.url().requestTarget()).isEqualTo("/hook?sig=abc");
        assertThat(spec.url().display()).isEqualTo("https://example.com/hook");
        assertThat(spec.headers()).containsExactly(Map.entry("User-Agent", "Agent/1"));
        assertThat(spec.body()).isNull();
    }

    @Test
    void objectBodiesAreSentAsJsonUnlessTheJobSetsTheContentType() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", "paid");
        body.put("amount", 12);
        HttpRequestSpec spec = arguments.read(Map.of("url", "http://example.com", "body", body));
        assertThat(new String(spec.body(), StandardCharsets.UTF_8)).isEqualTo("{\"event\":\"paid\",\"amount\":12}");
        assertThat(spec.headers()).contains(Map.entry("Content-Type", "application/json"));
        assertThat(spec.url().requestTarget()).isEqualTo("/");

        HttpRequestSpec own = arguments.read(Map.of("url", "http://example.com", "body", List.of(1, 2),
                "headers", Map.of("content-type", "application/vnd.api+json")));
        assertThat(own.headers()).extracting(Map.Entry::getKey).containsExactly("content-type", "User-Agent");
    }

    @Test
    void stringBodiesAreSentAsIsAndTheTimeoutIsCapped() {
        HttpRequestSpec spec = arguments.read(Map.of("url", "http://example.com:8080/x", "method", "put",
                "body", "a=1&b=é", "timeoutMs", 3_600_000));
        assertThat(spec.method()).isEqualTo("PUT");
        assertThat(spec.body()).isEqualTo("a=1&b=é".getBytes(StandardCharsets.UTF_8));
        assertThat(spec.headers()).extracting(Map.Entry::getKey).containsExactly("User-Agent");
        assertThat(spec.timeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(spec.url().hostHeader()).isEqualTo("example.com:8080");
    }

    @Test
    void requestBytesCarryHostFramingAndHeadersInOrder() {
        HttpRequestSpec spec = arguments.read(Map.of("url", "http://[2606:4700::1]:8080/p?q=1", "body", "hi",
                "headers", Map.of("X-Signature", "sha256=abc")));
        String wire = new String(RequestWriter.encode(spec), StandardCharsets.ISO_8859_1);
        assertThat(wire).isEqualTo("POST /p?q=1 HTTP/1.1\r\nHost: [2606:4700::1]:8080\r\nX-Signature: sha256=abc\r\n"
                + "User-Agent: Agent/1\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ftp://example.com/x           | scheme 'ftp' is not allowed
            file:///etc/passwd            | scheme 'file' is not allowed
            /relative/path                | must be absolute
            mailto:someone@example.com    | must be absolute
            http:///nohost                | has no host
            http://user:pw@example.com/   | must not contain credentials
            http://example.com:0/         | port 0 is out of range
            http://example.com:99999/     | port 99999 is out of range
            http://example.com:x/         | invalid port
            http://exa mple.com/          | contains a space
            http://bad_host!.com/         | is not a valid host name
            http://[::1/                  | Expected closing bracket
            http://[fe80::1%25eth0]/      | zone ids are not supported
            http://[example]/             | Malformed IPv6 address
            http://-bad-.example/         | not a valid host name
            """)
    void invalidUrlsAreRejected(String url, String problem) {
        assertThatThrownBy(() -> arguments.read(Map.of("url", url)))
                .isInstanceOf(NonRetryableException.class)
                .hasMessageContaining("invalid http job arguments")
                .hasMessageContaining(problem);
    }

    @Test
    void nonAsciiUrlsAreRejected() {
        assertThatThrownBy(() -> arguments.read(Map.of("url", "http://bücher.example/")))
                .hasMessageContaining("character U+00FC at index 8");
    }

    @Test
    void headerInjectionIsRejected() {
        assertThatThrownBy(() -> read("headers", Map.of("X-A", "1\r\nX-Injected: yes")))
                .isInstanceOf(NonRetryableException.class)
                .hasMessageContaining("header 'X-A' contains a line break");
        assertThatThrownBy(() -> read("headers", Map.of("X-A", "1\nHost: evil")))
                .hasMessageContaining("line break");
        assertThatThrownBy(() -> read("headers", Map.of("X-A\r\nX-B", "1")))
                .hasMessageContaining("header name 'X-A\\u000D\\u000AX-B' contains character U+000D");
        assertThatThrownBy(() -> read("headers", Map.of("X-A", "caf\u00e9")))
                .hasMessageContaining("character U+00E9; values must be printable ASCII");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Host", "content-length", "Transfer-Encoding", "Connection", "Expect", "Upgrade"})
    void framingHeadersAreReserved(String name) {
        assertThatThrownBy(() -> read("headers", Map.of(name, "x")))
                .hasMessageContaining("header '" + name + "' is set by the http job type");
    }

    @Test
    void otherMistakesNameTheField() {
        assertThatThrownBy(() -> arguments.read(Map.of())).hasMessageContaining("url is missing");
        assertThatThrownBy(() -> arguments.read(null)).hasMessageContaining("they are missing");
        assertThatThrownBy(() -> arguments.read(Map.of("url", 42))).hasMessageContaining("url must be a string");
        assertThatThrownBy(() -> read("method", "TRACE")).hasMessageContaining("method 'TRACE' is not allowed");
        assertThatThrownBy(() -> read("method", "CONNECT")).hasMessageContaining("is not allowed");
        assertThatThrownBy(() -> read("headers", List.of("a"))).hasMessageContaining("headers must be an object");
        assertThatThrownBy(() -> read("headers", Map.of("X-N", 5))).hasMessageContaining("must have a string value");
        assertThatThrownBy(() -> read("body", 12)).hasMessageContaining("body must be a string");
        assertThatThrownBy(() -> read("timeoutMs", 0)).hasMessageContaining("timeoutMs must be at least 1");
        assertThatThrownBy(() -> read("timeoutMs", 1.5)).hasMessageContaining("whole number");
        assertThatThrownBy(() -> read("timeoutMs", "10")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> read("header", Map.of())).hasMessageContaining("unknown field 'header'");
        Map<String, Object> twice = new HashMap<>();
        twice.put("X-A", "1");
        twice.put("x-a", "2");
        assertThatThrownBy(() -> read("headers", twice)).hasMessageContaining("is given twice");
    }

    private HttpRequestSpec read(String field, Object value) {
        return arguments.read(Map.of("url", "https://example.com/hook", field, value));
    }
}
