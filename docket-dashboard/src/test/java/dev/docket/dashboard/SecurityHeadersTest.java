package dev.docket.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.dashboard.support.Client;
import dev.docket.dashboard.support.DashboardFixture;
import dev.docket.web.WebResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every dashboard answer carries the content security policy and the other protective headers. */
class SecurityHeadersTest {
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    @Test
    void pagesErrorsSignInAndRedirectsAllCarryThem() {
        try (DashboardFixture open = DashboardFixture.open(); DashboardFixture closed = DashboardFixture.open("tok", "")) {
            Client c = open.client();
            List<WebResponse> answers = new java.util.ArrayList<>();
            PagesTest.PAGES.forEach(p -> answers.add(c.get(p)));
            answers.add(c.get("/jobs/404"));
            answers.add(c.get("/jobs?limit=0"));
            answers.add(c.get("/overview/live"));
            answers.add(c.call("POST", "/dead/retry", "", Map.of()));
            answers.add(closed.client().get("/"));
            answers.add(closed.client().get("/login"));
            answers.add(closed.client().get("/static/dashboard.js"));
            for (WebResponse r : answers) {
                assertThat(r.headers().get("Content-Security-Policy")).isEqualTo(CSP);
                assertThat(r.headers().get("X-Content-Type-Options")).isEqualTo("nosniff");
                assertThat(r.headers().get("Referrer-Policy")).isEqualTo("same-origin");
                assertThat(r.headers().get("X-Frame-Options")).isEqualTo("DENY");
            }
            assertThat(c.get("/").headers().get("Cache-Control")).isEqualTo("no-store");
        }
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() {
        try (DashboardFixture f = DashboardFixture.open()) {
            for (String p : PagesTest.PAGES) {
                String html = f.client().get(p).bodyText();
                assertThat(html).as(p).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContain("<style")
                        .doesNotContainPattern("\\sstyle=").doesNotContainPattern("\\son[a-z]+=");
            }
        }
    }
}
