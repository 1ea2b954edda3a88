package dev.docket.reliability.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's OpenAPI document, read from the class path, as the list of operations the fuzzer
 * aims at: method, path template, parameters and the request body's schema, with {@code $ref}s
 * resolved on demand.
 */
public final class OpenApiDoc {
    /** One operation. */
    public record Operation(String method, String path, List<String> pathParams, Map<String, JsonNode> queryParams,
                            JsonNode bodySchema) {
    }

    private static final String RESOURCE = "dev/docket/web/openapi.json";

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();

    private OpenApiDoc(JsonNode root) {
        this.root = root;
        for (Map.Entry<String, JsonNode> path : root.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                List<String> pathParams = new ArrayList<>();
                Map<String, JsonNode> query = new LinkedHashMap<>();
                List<JsonNode> params = new ArrayList<>();
                path.getValue().path("parameters").forEach(params::add);
                op.getValue().path("parameters").forEach(params::add);
                for (JsonNode p : params) {
                    JsonNode param = resolve(p);
                    if (param.path("in").asString().equals("path")) {
                        pathParams.add(param.path("name").asString());
                    } else if (param.path("in").asString().equals("query")) {
                        query.put(param.path("name").asString(), resolve(param.path("schema")));
                    }
                }
                JsonNode body = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new Operation(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), pathParams,
                        query, body.isMissingNode() ? null : body));
            }
        }
    }

    /** Reads the document the server serves. */
    public static OpenApiDoc load() {
        try (InputStream in = OpenApiDoc.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path (docket-web)");
            }
            return new OpenApiDoc(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The node a {@code $ref} points at (or the node itself). */
    public JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        for (int i = 0; i < 10 && n.has("$ref"); i++) {
            String ref = n.get("$ref").asString();
            n = root.at(ref.substring(1));
        }
        return n;
    }
}
