package dev.docket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every route and who may call it. A route added without updating this inventory fails the build,
 * so no route reaches users without a deliberate auth policy.
 */
class RouteInventoryTest {
    private static final Map<String, AuthPolicy> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("GET /health", AuthPolicy.PUBLIC);
        EXPECTED.put("GET /metrics", AuthPolicy.TOKEN);
        EXPECTED.put("GET /api/v1/openapi.json", AuthPolicy.TOKEN);
        EXPECTED.put("POST /api/v1/jobs", AuthPolicy.TOKEN);
        EXPECTED.put("POST /api/v1/jobs/batch", AuthPolicy.TOKEN);
        EXPECTED.put("GET /api/v1/jobs", AuthPolicy.TOKEN);
        EXPECTED.put("GET /api/v1/jobs/{id}", AuthPolicy.TOKEN);
        EXPECTED.put("POST /api/v1/jobs/{id}/retry", AuthPolicy.TOKEN);
        EXPECTED.put("POST /api/v1/jobs/{id}/cancel", AuthPolicy.TOKEN);
        EXPECTED.put("DELETE /api/v1/jobs/{id}", AuthPolicy.TOKEN);
        EXPECTED.put("GET /api/v1/queues", AuthPolicy.TOKEN);
        EXPECTED.put("POST /api/v1/queues/{name}/pause", AuthPolicy.TOKEN);
        EXPECTED.put("POST /api/v1/queues/{name}/resume", AuthPolicy.TOKEN);
        EXPECTED.put("GET /api/v1/schedules", AuthPolicy.TOKEN);
        EXPECTED.put("GET /api/v1/schedules/{name}", AuthPolicy.TOKEN);
        EXPECTED.put("PUT /api/v1/schedules/{name}", AuthPolicy.TOKEN);
        EXPECTED.put("DELETE /api/v1/schedules/{name}", AuthPolicy.TOKEN);
        EXPECTED.put("POST /api/v1/schedules/{name}/pause", AuthPolicy.TOKEN);
        EXPECTED.put("POST /api/v1/schedules/{name}/resume", AuthPolicy.TOKEN);
        EXPECTED.put("POST /api/v1/schedules/{name}/trigger", AuthPolicy.TOKEN);
        EXPECTED.put("GET /api/v1/stats", AuthPolicy.TOKEN);
        EXPECTED.put("POST /api/v1/fetch", AuthPolicy.TOKEN);
        EXPECTED.put("POST /api/v1/jobs/{id}/complete", AuthPolicy.TOKEN);
        EXPECTED.put("POST /api/v1/jobs/{id}/fail", AuthPolicy.TOKEN);
        EXPECTED.put("POST /api/v1/jobs/{id}/heartbeat", AuthPolicy.TOKEN);
    }

    @Test
    void everyRouteHasTheExpectedAuthPolicy() {
        try (WebFixture f = new WebFixture(null)) {
            Map<String, AuthPolicy> actual = new LinkedHashMap<>();
            for (Route r : f.web.routes()) {
                assertThat(r.auth()).as(r.describe()).isNotNull();
                actual.put(r.describe(), r.auth());
            }
            assertThat(actual).containsExactlyInAnyOrderEntriesOf(EXPECTED);
        }
    }

    @Test
    void onlyHealthIsPublic() {
        try (WebFixture f = new WebFixture(null)) {
            assertThat(f.web.routes()).filteredOn(r -> r.auth() == AuthPolicy.PUBLIC)
                    .extracting(Route::describe).containsExactly("GET /health");
        }
    }

    @Test
    void aRouteCannotExistWithoutAnAuthPolicy() {
        assertThatThrownBy(() -> new Route("GET", PathTemplate.parse("/x"), null, r -> null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("auth policy of GET /x");
        Router router = new Router(new AccessControl(null, true));
        assertThatThrownBy(() -> router.add("GET", "/x", null, r -> null)).isInstanceOf(NullPointerException.class);
        router.add("GET", "/x", AuthPolicy.TOKEN, r -> null);
        assertThatThrownBy(() -> router.add("GET", "/x", AuthPolicy.TOKEN, r -> null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("added twice");
    }
}
