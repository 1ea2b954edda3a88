package dev.docket.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.server.support.Http;
import dev.docket.server.support.Http.Answer;
import dev.docket.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code docket server} serves the dashboard at {@code /}, behind the same token as the API. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardServedTest {
    private static final String TOKEN = "dashboard-token-for-tests";

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
    void withoutATokenTheDashboardIsAtTheRoot() {
        Answer overview = open.http().get("/");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(overview.body()).contains("<h1>Overview</h1>").contains("href=\"/queues\"");
        assertThat(overview.header("Content-Security-Policy")).startsWith("default-src 'self'; script-src 'self'");
        assertThat(open.http().get("/static/htmx.min.js").status()).isEqualTo(200);
        assertThat(open.http().get("/api/v1/stats").status()).isEqualTo(200);
    }

    @Test
    void withATokenPeopleSignInAndTheApiStillWantsTheBearerToken() {
        Http anonymous = new Http(secured.url(), null);
        Answer page = anonymous.get("/jobs");
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).isEqualTo("/login?next=%2Fjobs");
        Answer login = anonymous.get("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("type=\"password\"");
        assertThat(anonymous.get("/api/v1/stats").status()).isEqualTo(401);
        assertThat(secured.http().get("/jobs").status()).as("the bearer token opens pages too").isEqualTo(200);
    }
}
