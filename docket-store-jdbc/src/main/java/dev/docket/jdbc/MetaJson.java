package dev.docket.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes job metadata (a string map) as JSON text for SQL columns. */
public final class MetaJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() { };

    private MetaJson() {
    }

    /** {@code meta} as JSON text; {@code "{}"} when empty. */
    public static String write(Map<String, String> meta) {
        if (meta == null || meta.isEmpty()) {
            return "{}";
        }
        return MAPPER.writeValueAsString(meta);
    }

    /** The map in {@code json}; empty for {@code null} or blank text. */
    public static Map<String, String> read(String json) {
        if (json == null || json.isBlank() || json.equals("{}")) {
            return Map.of();
        }
        return MAPPER.readValue(json, MAP);
    }
}
