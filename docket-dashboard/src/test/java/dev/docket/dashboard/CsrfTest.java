package dev.docket.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.dashboard.support.Client;
import dev.docket.dashboard.support.DashboardFixture;
import dev.docket.dashboard.support.Seed;
import dev.docket.dashboard.support.State;
import dev.docket.schedule.JobSchedule;
import dev.docket.web.Route;
import dev.docket.web.WebResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every state-changing route refuses a request without the right CSRF token, or from another
 * origin, with 403 and without changing anything; with both, it goes through.
 */
class CsrfTest {
    /** Every dashboard POST route, its parameters filled with things that exist. */
    private static List<String> postUrls(DashboardFixture f, String jobId) {
        List<String> urls = new ArrayList<>();
        for (Route r : f.web.routes()) {
            String t = r.path().template();
            if (r.method().equals("POST") && !t.startsWith("/api/")) {
                urls.add(t.replace("{id}", jobId).replace("{name}", t.contains("/queues/") ? "default" : "nightly"));
            }
        }
        return urls;
    }

    private static DashboardFixture seeded(String token) {
        DashboardFixture f = DashboardFixture.open(token, "");
        f.admin().putSchedule(JobSchedule.cron("nightly", "0 3 * * *").job("reports.build", Map.of()).build());
        return f;
    }

    @Test
    void withoutATokenOrFromAnotherOriginNothingChanges() {
        try (DashboardFixture f = seeded(null)) {
            String dead = new Seed(f.docket).dead("a.b", "{}", "default", "boom", null);
            List<String> urls = postUrls(f, dead);
            assertThat(urls).hasSize(12);
            Client c = f.client();
            String token = Client.csrfOf(c.get("/dead"));
            String before = State.of(f.admin());
            Map<String, Map<String, String>> attacks = new LinkedHashMap<>();
            attacks.put("no token", Map.of("Origin", "http://127.0.0.1:7070"));
            attacks.put("cross-site fetch", Map.of("Sec-Fetch-Site", "cross-site", "Origin", "http://127.0.0.1:7070"));
            attacks.put("same-site fetch", Map.of("Sec-Fetch-Site", "same-site"));
            attacks.put("foreign origin", Map.of("Origin", "http://127.0.0.1:9999"));
            attacks.put("null origin", Map.of("Origin", "null"));
            attacks.put("foreign referer", Map.of("Referer", "http://localhost:7070/x"));
            for (String url : urls) {
                for (Map.Entry<String, Map<String, String>> a : attacks.entrySet()) {
                    String body = a.getKey().equals("no token") ? "queue=x" : "_csrf=" + token;
                    WebResponse r = c.call("POST", url, body, a.getValue());
                    assertThat(r.status()).as(url + " with " + a.getKey()).isEqualTo(403);
                }
                assertThat(c.call("POST", url, "_csrf=wrong" + token, Map.of()).status()).as(url + " wrong token").isEqualTo(403);
                assertThat(c.call("POST", url, "_csrf=", Map.of()).status()).as(url + " empty token").isEqualTo(403);
            }
            assertThat(State.of(f.admin())).isEqualTo(before);
        }
    }

    @Test
    void aTokenFromAnotherBrowserDoesNotFitThisOnesCookie() {
        try (DashboardFixture f = seeded(null)) {
            String dead = new Seed(f.docket).dead("a.b", "{}", "default", "boom", null);
            Client attacker = f.client();
            String attackersToken = Client.csrfOf(attacker.get("/dead"));
            Client victim = f.client();
            victim.get("/dead");
            assertThat(victim.post("/jobs/" + dead + "/retry", "_csrf", attackersToken).status()).isEqualTo(403);
            Client noCookie = f.client();
            assertThat(noCookie.post("/jobs/" + dead + "/retry", "_csrf", attackersToken).status()).isEqualTo(403);
            assertThat(victim.postFrom("/dead", "/jobs/" + dead + "/retry").status()).isEqualTo(303);
        }
    }

    @Test
    void aClientThatSaysNothingAboutOriginNeedsOnlyTheToken() {
        try (DashboardFixture f = seeded(null)) {
            String dead = new Seed(f.docket).dead("a.b", "{}", "default", "boom", null);
            Client c = f.client();
            String token = Client.csrfOf(c.get("/dead"));
            WebResponse r = c.call("POST", "/jobs/" + dead + "/retry", "_csrf=" + token, Map.of());
            assertThat(r.status()).isEqualTo(303);
            WebResponse refused = c.call("POST", "/queues/default/pause", "", Map.of());
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.bodyText()).contains("security token is missing or out of date");
        }
    }

    @Test
    void withSessionsEachSessionHasItsOwnToken() {
        try (DashboardFixture f = seeded("s3cret-token")) {
            String dead = new Seed(f.docket).dead("a.b", "{}", "default", "boom", null);
            Client alice = signedIn(f);
            Client bob = signedIn(f);
            String alicesToken = Client.csrfOf(alice.get("/dead"));
            String before = State.of(f.admin());
            for (String url : postUrls(f, dead)) {
                if (url.equals("/logout")) {
                    continue;
                }
                assertThat(bob.post(url, "_csrf", alicesToken).status()).as(url).isEqualTo(403);
                assertThat(bob.post(url).status()).as(url).isEqualTo(403);
            }
            assertThat(State.of(f.admin())).isEqualTo(before);
            assertThat(alice.post("/jobs/" + dead + "/retry", "_csrf", alicesToken).status()).isEqualTo(303);
            WebResponse viaProxy = alice.call("POST", "/queues/default/pause", "_csrf=" + alicesToken,
                    Map.of("Host", "10.0.0.5:7070", "Origin", "https://jobs.example.com", "X-Forwarded-Host", "jobs.example.com"));
            assertThat(viaProxy.status()).as("behind a proxy that names the public host").isEqualTo(303);
            WebResponse elsewhere = alice.call("POST", "/queues/default/resume", "_csrf=" + alicesToken,
                    Map.of("Host", "10.0.0.5:7070", "Origin", "https://evil.example.com", "X-Forwarded-Host", "jobs.example.com"));
            assertThat(elsewhere.status()).isEqualTo(403);
            assertThat(elsewhere.bodyText()).contains("came from another origin");
        }
    }

    static Client signedIn(DashboardFixture f) {
        Client c = f.client();
        WebResponse r = c.postFrom(f.url("/login"), f.url("/login"), "token", "s3cret-token");
        assertThat(r.status()).as(r.bodyText()).isEqualTo(303);
        return c;
    }
}
