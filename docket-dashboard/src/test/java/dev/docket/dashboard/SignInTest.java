package dev.docket.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.dashboard.support.Client;
import dev.docket.dashboard.support.DashboardFixture;
import dev.docket.web.WebResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** With a token: sign in, sessions, sign out, expiry, throttling; the API keeps its bearer tokens. */
class SignInTest {
    private static final String TOKEN = "s3cret-token";

    private static WebResponse signIn(Client c, String token) {
        return c.postFrom("/login", "/login", "token", token);
    }

    @Test
    void pagesSendStrangersToTheSignInFormAndBack() {
        try (DashboardFixture f = DashboardFixture.open(TOKEN, "")) {
            Client c = f.client();
            WebResponse r = c.get("/jobs?state=dead");
            assertThat(r.status()).isEqualTo(303);
            assertThat(r.headers().get("Location")).isEqualTo("/login?next=%2Fjobs%3Fstate%3Ddead");
            WebResponse form = c.get("/login?next=%2Fjobs%3Fstate%3Ddead");
            assertThat(form.status()).isEqualTo(200);
            assertThat(form.bodyText()).contains("type=\"password\"").contains("<label for=\"token\">Token</label>")
                    .contains("name=\"next\" value=\"/jobs?state=dead\"").doesNotContain("href=\"/queues\"");
            assertThat(form.headers().get("Set-Cookie")).startsWith("docket_csrf=")
                    .endsWith("; Path=/; HttpOnly; SameSite=Strict");
            WebResponse in = c.post("/login", "_csrf", Client.csrfOf(form), "token", TOKEN, "next", "/jobs?state=dead");
            assertThat(in.status()).isEqualTo(303);
            assertThat(in.headers().get("Location")).isEqualTo("/jobs?state=dead");
            assertThat(in.headers().get("Set-Cookie")).matches("docket_session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict");
            WebResponse page = c.get("/jobs?state=dead");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.bodyText()).contains(">Sign out</button>");
        }
    }

    @Test
    void backgroundRequestsWithoutASessionAreToldToSignIn() {
        try (DashboardFixture f = DashboardFixture.open(TOKEN, "")) {
            WebResponse r = f.client().call("GET", "/overview/live", null, Map.of("HX-Request", "true"));
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.headers().get("HX-Redirect")).isEqualTo("/login");
            assertThat(r.headers()).containsKey("Content-Security-Policy");
            WebResponse post = f.client().call("POST", "/queues/default/pause", "", Map.of());
            assertThat(post.status()).isEqualTo(401);
            assertThat(f.admin().queues()).noneMatch(q -> q.paused());
        }
    }

    @Test
    void aWrongTokenIsRefusedAndAForeignNextIsIgnored() {
        try (DashboardFixture f = DashboardFixture.open(TOKEN, "")) {
            Client c = f.client();
            WebResponse wrong = signIn(c, "guess");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.bodyText()).contains("That is not the server&#39;s token.");
            assertThat(wrong.headers()).doesNotContainKey("Set-Cookie");
            for (String next : new String[] {"https://evil.example/", "//evil.example", "/\\evil", "/login"}) {
                Client d = f.client();
                WebResponse in = d.postFrom("/login", "/login", "token", TOKEN, "next", next);
                assertThat(in.headers().get("Location")).as(next).isEqualTo("/");
            }
        }
    }

    @Test
    void sessionIdsAreRandomAndTheCookieIsSecureOverHttps() {
        try (DashboardFixture f = DashboardFixture.open(TOKEN, "/jobs")) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < 20; i++) {
                Client c = f.client();
                assertThat(c.postFrom("/jobs/login", "/jobs/login", "token", TOKEN).status()).isEqualTo(303);
                ids.add(c.cookies().get("docket_session"));
            }
            assertThat(ids).hasSize(20).allMatch(id -> id.length() == 43);
            Client https = f.client().header("X-Forwarded-Proto", "https");
            WebResponse in = https.postFrom("/jobs/login", "/jobs/login", "token", TOKEN);
            assertThat(in.headers().get("Set-Cookie")).endsWith("; Path=/jobs; HttpOnly; SameSite=Strict; Secure");
            assertThat(in.headers().get("Location")).isEqualTo("/jobs");
        }
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        try (DashboardFixture f = DashboardFixture.open(TOKEN, "")) {
            Client c = f.client();
            signIn(c, TOKEN);
            String id = c.cookies().get("docket_session");
            WebResponse out = c.postFrom("/", "/logout");
            assertThat(out.status()).isEqualTo(303);
            assertThat(out.headers().get("Location")).isEqualTo("/login?done=signed-out");
            assertThat(out.headers().get("Set-Cookie")).startsWith("docket_session=; Path=/; Max-Age=0");
            assertThat(c.get("/login?done=signed-out").bodyText()).contains("You are signed out.");
            WebResponse replay = f.client().call("GET", "/", null, Map.of("Cookie", "docket_session=" + id));
            assertThat(replay.status()).as("the old cookie opens nothing").isEqualTo(303);
            assertThat(f.dashboard.security().liveSessions()).isZero();
        }
    }

    @Test
    void sessionsExpireWhenIdleAndAfterAtMostTheirMaximumAge() {
        try (DashboardFixture f = DashboardFixture.open(TOKEN, "")) {
            Client c = f.client();
            signIn(c, TOKEN);
            f.clock.advance(Duration.ofMinutes(29));
            assertThat(c.get("/").status()).isEqualTo(200);
            f.clock.advance(Duration.ofMinutes(29));
            assertThat(c.get("/").status()).as("each request keeps it alive").isEqualTo(200);
            f.clock.advance(Duration.ofMinutes(30));
            assertThat(c.get("/").status()).as("idle for 30 min").isEqualTo(303);

            Client busy = f.client();
            signIn(busy, TOKEN);
            for (int i = 0; i < 24; i++) {
                f.clock.advance(Duration.ofMinutes(29));
                assertThat(busy.get("/queues").status()).as("after " + (i + 1) * 29 + " min").isEqualTo(200);
            }
            f.clock.advance(Duration.ofMinutes(29));
            assertThat(busy.get("/queues").status()).as("past 12 h").isEqualTo(303);
        }
    }

    @Test
    void repeatedFailuresFromOneAddressAreThrottled() {
        try (DashboardFixture f = DashboardFixture.open(TOKEN, "")) {
            Client c = f.client().from("203.0.113.7");
            for (int i = 0; i < 5; i++) {
                assertThat(signIn(c, "guess-" + i).status()).isEqualTo(401);
            }
            WebResponse throttled = signIn(c, TOKEN);
            assertThat(throttled.status()).as("even the right token waits").isEqualTo(429);
            assertThat(throttled.headers().get("Retry-After")).isEqualTo("1");
            assertThat(throttled.headers()).doesNotContainKey("Set-Cookie");
            assertThat(signIn(f.client().from("198.51.100.1"), TOKEN).status()).as("another address").isEqualTo(303);
            f.clock.advance(Duration.ofSeconds(1));
            assertThat(signIn(c, "guess-again").status()).isEqualTo(401);
            assertThat(signIn(c, TOKEN).headers().get("Retry-After")).as("twice as long now").isEqualTo("2");
            f.clock.advance(Duration.ofSeconds(2));
            assertThat(signIn(c, TOKEN).status()).isEqualTo(303);
            assertThat(signIn(f.client().from("203.0.113.7"), "guess").status()).as("a success starts afresh").isEqualTo(401);
        }
    }

    @Test
    void theBearerTokenOpensPagesButASessionDoesNotOpenTheApi() {
        try (DashboardFixture f = DashboardFixture.open(TOKEN, "")) {
            assertThat(f.client().call("GET", "/queues", null, Map.of("Authorization", "Bearer " + TOKEN)).status())
                    .isEqualTo(200);
            Client c = f.client();
            signIn(c, TOKEN);
            assertThat(c.get("/api/v1/stats").status()).isEqualTo(401);
            assertThat(f.client().get("/static/dashboard.css").status()).as("static files are public").isEqualTo(200);
            assertThat(c.post("/login", "token", TOKEN).status()).as("sign-in needs its CSRF token").isEqualTo(403);
        }
    }

    @Test
    void withoutATokenThereIsNothingToSignInTo() {
        try (DashboardFixture f = DashboardFixture.open()) {
            Client c = f.client();
            assertThat(c.get("/login").status()).isEqualTo(303);
            assertThat(c.get("/").bodyText()).doesNotContain("Sign out");
            assertThat(c.get("/").status()).isEqualTo(200);
            assertThat(c.host("docket.example.com").get("/").status()).as("loopback only").isEqualTo(403);
        }
    }
}
