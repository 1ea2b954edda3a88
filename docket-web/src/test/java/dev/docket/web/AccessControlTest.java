package dev.docket.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who gets through: the bearer token, or without one the loopback guard against browsers. */
class AccessControlTest {
    @Test
    void aTokenIsRequiredOnTokenRoutesOnly() {
        try (WebFixture f = new WebFixture("tok-123")) {
            assertThat(f.call("GET", "/api/v1/stats", null, Map.of()).status()).isEqualTo(401);
            assertThat(f.call("GET", "/api/v1/stats", null, Map.of("Authorization", List.of("Bearer tok-12"))).status())
                    .isEqualTo(401);
            assertThat(f.call("GET", "/api/v1/stats", null, Map.of("authorization", List.of("Bearer tok-123"))).status())
                    .isEqualTo(200);
            assertThat(f.call("GET", "/health", null, Map.of()).status()).isEqualTo(200);
            assertThat(f.call("GET", "/metrics", null, Map.of()).status()).isEqualTo(401);
            assertThat(f.call("GET", "/api/v1/stats", null, Map.of("Host", List.of("evil.example"),
                    "Authorization", List.of("Bearer tok-123"))).status()).as("a token makes any host fine").isEqualTo(200);
        }
    }

    @Test
    void withoutATokenBrowsersFromOtherSitesAreRefused() {
        try (WebFixture f = new WebFixture(null)) {
            assertThat(f.call("GET", "/api/v1/stats", null, Map.of()).status()).isEqualTo(200);
            for (String host : List.of("127.0.0.1", "127.0.0.1:7070", "localhost:7070", "[::1]:7070", "app.localhost")) {
                assertThat(f.call("GET", "/api/v1/stats", null, Map.of("Host", List.of(host))).status()).as(host).isEqualTo(200);
            }
            for (String host : List.of("example.com", "127.0.0.1.nip.io", "10.0.0.1:7070", "[::2]", "1270.0.0.1")) {
                WebResponse r = f.call("GET", "/api/v1/stats", null, Map.of("Host", List.of(host)));
                assertThat(r.status()).as(host).isEqualTo(403);
                assertThat(r.bodyText()).contains("\"error\":\"forbidden\"");
            }
            Map<String, List<String>> local = Map.of("Host", List.of("127.0.0.1:7070"));
            for (String origin : List.of("http://127.0.0.1:7070", "http://localhost:3000")) {
                assertThat(f.call("POST", "/api/v1/jobs", "{\"type\":\"t\"}", Map.of("Host", local.get("Host"),
                        "Origin", List.of(origin))).status()).as(origin).isEqualTo(201);
            }
            for (String origin : List.of("https://evil.example", "null", "file://")) {
                assertThat(f.call("POST", "/api/v1/jobs", "{\"type\":\"t\"}", Map.of("Host", local.get("Host"),
                        "Origin", List.of(origin))).status()).as(origin).isEqualTo(403);
            }
        }
    }

    @Test
    void theTokenItselfIsChecked() {
        BearerToken token = BearerToken.of("abc");
        assertThat(token.matches("Bearer abc")).isTrue();
        assertThat(token.matches("bearer abc ")).isTrue();
        assertThat(token.matches("Bearer abcd")).isFalse();
        assertThat(token.matches("Bearer ab")).isFalse();
        assertThat(token.matches("Basic abc")).isFalse();
        assertThat(token.matches(null)).isFalse();
        assertThat(token.toString()).doesNotContain("abc");
        for (String bad : new String[] {"", "a b", "tab\there", "é"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> BearerToken.of(bad))
                    .isInstanceOf(IllegalArgumentException.class).message().doesNotContain(bad.isEmpty() ? "\u0000" : bad);
        }
    }
}
