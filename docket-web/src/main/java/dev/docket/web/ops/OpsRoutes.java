package dev.docket.web.ops;

import dev.docket.admin.DocketAdmin;
import dev.docket.admin.Health;
import dev.docket.web.AuthPolicy;
import dev.docket.web.Router;
import dev.docket.web.WebRequest;
import dev.docket.web.WebResponse;
import dev.docket.web.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /health} (public, so load balancers and orchestrators need no secret; it tells only
 * whether the store answers), {@code GET /metrics} and {@code GET /api/v1/openapi.json}.
 */
public final class OpsRoutes {
    /** Where the OpenAPI document lives on the class path. */
    public static final String OPENAPI_RESOURCE = "/dev/docket/web/openapi.json";

    private final DocketAdmin admin;
    private final HealthProbe health;
    private final DocketMetrics metrics;
    private final byte[] openApi;

    public OpsRoutes(DocketAdmin admin, HealthProbe health, DocketMetrics metrics) {
        this.admin = admin;
        this.health = health;
        this.metrics = metrics;
        this.openApi = openApiDocument();
    }

    public void register(Router router) {
        router.add("GET", "/health", AuthPolicy.PUBLIC, this::health);
        router.add("GET", "/metrics", AuthPolicy.TOKEN, this::metrics);
        router.add("GET", "/api/v1/openapi.json", AuthPolicy.TOKEN, r -> WebResponse.json(200, openApi));
    }

    private WebResponse health(WebRequest request) throws InterruptedException {
        Health h = health.check();
        ObjectNode out = Json.object();
        if (h.up()) {
            out.put("status", "up");
            return WebResponse.json(200, Json.bytes(out));
        }
        out.put("status", "degraded");
        out.put("store", h.store());
        out.put("detail", h.detail());
        return WebResponse.json(503, Json.bytes(out)).withHeader("Retry-After", "1");
    }

    private WebResponse metrics(WebRequest request) {
        return WebResponse.text(200, PrometheusText.CONTENT_TYPE, metrics.scrape(admin));
    }

    /** The OpenAPI document's bytes. */
    public static byte[] openApiDocument() {
        try (InputStream in = OpsRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + OPENAPI_RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OPENAPI_RESOURCE, e);
        }
    }
}
