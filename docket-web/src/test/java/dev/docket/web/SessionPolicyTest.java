package dev.docket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.Docket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Routes for people in browsers: a module's session, or the bearer token; closed without an authenticator. */
class SessionPolicyTest {
    /** A module with one page, one sign-in form, and (optionally) sessions named by a header. */
    private static WebModule module(boolean withSessions) {
        return (router, token) -> {
            router.add("GET", "/ui/page", AuthPolicy.SESSION, r -> WebResponse.text(200, "text/plain", "page"));
            router.add("GET", "/ui/login", AuthPolicy.PUBLIC, r -> WebResponse.text(200, "text/plain", "login"));
            if (withSessions) {
                router.sessions(new SessionAuthenticator() {
                    @Override
                    public boolean isSignedIn(WebRequest request) {
                        return "yes".equals(request.header("X-Session"));
                    }

                    @Override
                    public WebResponse signInRequired(WebRequest request) {
                        return WebResponse.text(303, "text/plain", "sign in").withHeader("Location", "/ui/login");
                    }
                });
            }
        };
    }

    private static WebResponse get(DocketWeb web, String path, Map<String, List<String>> headers) {
        return web.handle(WebRequest.of("GET", path, Map.of(), headers, null, "127.0.0.1"));
    }

    @Test
    void withATokenASessionOrTheTokenLetsPeopleIn() {
        try (Docket docket = Docket.builder().store("memory:").build();
             DocketWeb web = DocketWeb.builder(docket).token("s3cret").module(module(true)).build()) {
            WebResponse refused = get(web, "/ui/page", Map.of());
            assertThat(refused.status()).isEqualTo(303);
            assertThat(refused.headers().get("Location")).isEqualTo("/ui/login");
            assertThat(get(web, "/ui/page", Map.of("X-Session", List.of("yes"))).status()).isEqualTo(200);
            assertThat(get(web, "/ui/page", Map.of("Authorization", List.of("Bearer s3cret"))).status()).isEqualTo(200);
            assertThat(get(web, "/ui/login", Map.of()).status()).isEqualTo(200);
            assertThat(get(web, "/api/v1/stats", Map.of("X-Session", List.of("yes"))).status())
                    .as("a session does not open the API").isEqualTo(401);
        }
    }

    @Test
    void aSessionRouteWithoutAnAuthenticatorFailsClosed() {
        try (Docket docket = Docket.builder().store("memory:").build();
             DocketWeb web = DocketWeb.builder(docket).token("s3cret").module(module(false)).build()) {
            WebResponse r = get(web, "/ui/page", Map.of("X-Session", List.of("yes")));
            assertThat(r.status()).isEqualTo(401);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("unauthorized");
        }
    }

    @Test
    void withoutATokenSessionRoutesKeepTheLoopbackRules() {
        try (Docket docket = Docket.builder().store("memory:").build();
             DocketWeb web = DocketWeb.builder(docket).module(module(true)).build()) {
            assertThat(get(web, "/ui/page", Map.of("Host", List.of("127.0.0.1:7070"))).status()).isEqualTo(200);
            assertThat(get(web, "/ui/page", Map.of("Host", List.of("evil.example"))).status()).isEqualTo(403);
            assertThat(get(web, "/ui/login", Map.of("Host", List.of("evil.example"))).status()).isEqualTo(403);
        }
    }

    @Test
    void onlyOneAuthenticatorMayBeSet() {
        Router router = new Router(new AccessControl(null, true));
        SessionAuthenticator a = new SessionAuthenticator() {
            @Override
            public boolean isSignedIn(WebRequest request) {
                return false;
            }

            @Override
            public WebResponse signInRequired(WebRequest request) {
                return null;
            }
        };
        router.sessions(a);
        assertThatThrownBy(() -> router.sessions(a)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTypedTokenIsCheckedLikeAPresentedOne() {
        BearerToken token = BearerToken.of("abc");
        assertThat(token.matchesSecret("abc")).isTrue();
        assertThat(token.matchesSecret("abcd")).isFalse();
        assertThat(token.matchesSecret("")).isFalse();
        assertThat(token.matchesSecret(null)).isFalse();
    }
}
