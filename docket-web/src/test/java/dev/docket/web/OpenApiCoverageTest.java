package dev.docket.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.web.json.Json;
import dev.docket.web.ops.OpsRoutes;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document lists exactly the router's routes, with the security each one has. */
class OpenApiCoverageTest {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch", "head", "options");

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedOperationExists() {
        JsonNode doc = Json.parse(OpsRoutes.openApiDocument());
        assertThat(doc.path("openapi").stringValue()).startsWith("3.");
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey())) {
                    documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        try (WebFixture f = new WebFixture(null)) {
            Set<String> routed = new TreeSet<>();
            f.web.routes().forEach(r -> routed.add(r.describe()));
            assertThat(documented).isEqualTo(routed);

            for (Route r : f.web.routes()) {
                JsonNode op = doc.path("paths").path(r.path().template()).path(r.method().toLowerCase(Locale.ROOT));
                boolean publicInDoc = op.has("security") && op.path("security").isEmpty();
                assertThat(publicInDoc).as("security of " + r.describe()).isEqualTo(r.auth() == AuthPolicy.PUBLIC);
                assertThat(op.path("operationId").isString()).as(r.describe()).isTrue();
            }
        }
    }

    @Test
    void everyReferencedSchemaExists() {
        JsonNode doc = Json.parse(OpsRoutes.openApiDocument());
        Set<String> refs = new TreeSet<>();
        collectRefs(doc, refs);
        for (String ref : refs) {
            String name = ref.substring("#/components/schemas/".length());
            assertThat(doc.path("components").path("schemas").has(name)).as(ref).isTrue();
        }
        assertThat(refs).isNotEmpty();
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().stringValue());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
