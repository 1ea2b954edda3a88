package dev.docket.test;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Rewrites JSON text with every object's keys in sorted order. */
final class SortedJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SortedJson() {
    }

    static String of(String json) {
        return MAPPER.writeValueAsString(sort(MAPPER.readTree(json)));
    }

    private static JsonNode sort(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                sorted.put(e.getKey(), sort(e.getValue()));
            }
            ObjectNode out = MAPPER.createObjectNode();
            sorted.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            var out = MAPPER.createArrayNode();
            node.forEach(child -> out.add(sort(child)));
            return out;
        }
        return node;
    }
}
