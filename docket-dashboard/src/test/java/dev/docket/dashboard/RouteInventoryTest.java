package dev.docket.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.dashboard.support.DashboardFixture;
import dev.docket.web.AuthPolicy;
import dev.docket.web.Route;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every dashboard route and who may reach it. A route added without updating this list fails the
 * build, so no page or action appears without a deliberate auth policy.
 */
class RouteInventoryTest {
    private static final Map<String, AuthPolicy> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("GET {base}", AuthPolicy.SESSION);
        EXPECTED.put("GET {base}/overview/live", AuthPolicy.SESSION);
        EXPECTED.put("GET {base}/overview/throughput.json", AuthPolicy.SESSION);
        EXPECTED.put("GET {base}/queues", AuthPolicy.SESSION);
        EXPECTED.put("POST {base}/queues/{name}/pause", AuthPolicy.SESSION);
        EXPECTED.put("POST {base}/queues/{name}/resume", AuthPolicy.SESSION);
        EXPECTED.put("GET {base}/jobs", AuthPolicy.SESSION);
        EXPECTED.put("GET {base}/jobs/{id}", AuthPolicy.SESSION);
        EXPECTED.put("POST {base}/jobs/{id}/retry", AuthPolicy.SESSION);
        EXPECTED.put("POST {base}/jobs/{id}/cancel", AuthPolicy.SESSION);
        EXPECTED.put("POST {base}/jobs/{id}/delete", AuthPolicy.SESSION);
        EXPECTED.put("GET {base}/scheduled", AuthPolicy.SESSION);
        EXPECTED.put("GET {base}/dead", AuthPolicy.SESSION);
        EXPECTED.put("POST {base}/dead/retry", AuthPolicy.SESSION);
        EXPECTED.put("POST {base}/dead/delete", AuthPolicy.SESSION);
        EXPECTED.put("GET {base}/schedules", AuthPolicy.SESSION);
        EXPECTED.put("POST {base}/schedules/{name}/pause", AuthPolicy.SESSION);
        EXPECTED.put("POST {base}/schedules/{name}/resume", AuthPolicy.SESSION);
        EXPECTED.put("POST {base}/schedules/{name}/trigger", AuthPolicy.SESSION);
        EXPECTED.put("GET {base}/processes", AuthPolicy.SESSION);
        EXPECTED.put("GET {base}/login", AuthPolicy.PUBLIC);
        EXPECTED.put("POST {base}/login", AuthPolicy.PUBLIC);
        EXPECTED.put("POST {base}/logout", AuthPolicy.SESSION);
        EXPECTED.put("GET {base}/static/{file}", AuthPolicy.PUBLIC);
    }

    @Test
    void everyRouteHasTheExpectedPolicyAtTheRootAndUnderABasePath() {
        for (String base : new String[] {"", "/jobs"}) {
            try (DashboardFixture f = DashboardFixture.open("t0ken", base)) {
                Map<String, AuthPolicy> actual = new LinkedHashMap<>();
                for (Route r : f.web.routes()) {
                    String t = r.path().template();
                    if (!t.startsWith("/api/") && !t.equals("/health") && !t.equals("/metrics")) {
                        actual.put(r.describe(), r.auth());
                    }
                }
                Map<String, AuthPolicy> expected = new LinkedHashMap<>();
                EXPECTED.forEach((k, v) -> expected.put(k.equals("GET {base}") ? "GET " + (base.isEmpty() ? "/" : base)
                        : k.replace("{base}", base), v));
                assertThat(actual).as("base '" + base + "'").containsExactlyInAnyOrderEntriesOf(expected);
            }
        }
    }

    @Test
    void theApiStillAnswersBesideTheDashboardAtTheRoot() {
        try (DashboardFixture f = DashboardFixture.open()) {
            assertThat(f.client().get("/api/v1/jobs").status()).isEqualTo(200);
            assertThat(f.client().get("/health").status()).isEqualTo(200);
            assertThat(f.web.routes()).filteredOn(r -> r.path().template().startsWith("/api/"))
                    .allMatch(r -> r.auth() == AuthPolicy.TOKEN);
        }
    }

    @Test
    void underABasePathNothingAnswersOutsideIt() {
        try (DashboardFixture f = DashboardFixture.open(null, "/jobs")) {
            assertThat(f.client().get("/").status()).isEqualTo(404);
            assertThat(f.client().get("/queues").status()).isEqualTo(404);
            assertThat(f.client().get("/jobs").status()).isEqualTo(200);
            assertThat(f.client().get("/jobs/queues").status()).isEqualTo(200);
        }
    }
}
