package dev.docket.reliability.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * Makes values for a JSON schema: mostly fitting it, sometimes subtly or grossly wrong (a wrong
 * type, a missing required field, an unknown field, values past the limits, odd text), since the
 * bugs live at the edges.
 */
final class SchemaValues {
    private static final List<Object> ODD = List.of("", " ", "\u0000", "\uD83D\uDE00", "é", "%00", "../../etc/passwd",
            "<script>alert(1)</script>", "' OR 1=1 --", "null", "-1", "1e309", "NaN", "\\", "\"", "{}", "[]",
            Long.MAX_VALUE, Long.MIN_VALUE, -1, 0, 1.5, 1e308, true, false);

    private final OpenApiDoc doc;
    private final Random random;
    private final double wrongness;

    SchemaValues(OpenApiDoc doc, Random random, double wrongness) {
        this.doc = doc;
        this.random = random;
        this.wrongness = wrongness;
    }

    /** A value for {@code schema} (a Map, List, String, Number, Boolean or null). */
    Object value(JsonNode schema, int depth) {
        JsonNode s = doc.resolve(schema);
        if (random.nextDouble() < wrongness || depth > 6) {
            return odd();
        }
        if (s.has("enum")) {
            JsonNode e = s.get("enum");
            return e.get(random.nextInt(e.size())).asString();
        }
        String type = s.path("type").asString("");
        return switch (type) {
            case "object" -> object(s, depth);
            case "array" -> array(s, depth);
            case "integer" -> integer(s);
            case "number" -> random.nextGaussian() * 1000;
            case "boolean" -> random.nextBoolean();
            case "string" -> string(s);
            default -> random.nextBoolean() ? Map.of("k", random.nextInt(100)) : List.of(random.nextInt(10), "x");
        };
    }

    Object odd() {
        int pick = random.nextInt(ODD.size() + 3);
        if (pick == ODD.size()) {
            return "x".repeat(random.nextInt(100_000));
        }
        if (pick == ODD.size() + 1) {
            return nested(random.nextInt(200));
        }
        if (pick == ODD.size() + 2) {
            return null;
        }
        return ODD.get(pick);
    }

    private static Object nested(int depth) {
        Object v = "leaf";
        for (int i = 0; i < depth; i++) {
            v = i % 2 == 0 ? List.of(v) : Map.of("a", v);
        }
        return v;
    }

    private Object object(JsonNode s, int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        s.path("required").forEach(r -> required.add(r.asString()));
        for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
            boolean req = required.contains(p.getKey());
            if ((req && random.nextDouble() > wrongness / 2) || (!req && random.nextBoolean())) {
                m.put(p.getKey(), value(p.getValue(), depth + 1));
            }
        }
        if (random.nextDouble() < wrongness) {
            m.put("unknown" + random.nextInt(5), odd());
        }
        return m;
    }

    private Object array(JsonNode s, int depth) {
        int n = random.nextDouble() < wrongness ? random.nextInt(2_000) : random.nextInt(4);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(value(s.path("items"), depth + 1));
        }
        return out;
    }

    private Object integer(JsonNode s) {
        long min = s.has("minimum") ? s.get("minimum").asLong() : -1_000;
        long max = s.has("maximum") ? s.get("maximum").asLong() : 1_000_000;
        if (random.nextDouble() < wrongness) {
            return random.nextBoolean() ? min - 1 : max + 1;
        }
        return min + (long) (random.nextDouble() * (Math.min(max, min + 100_000) - min));
    }

    private Object string(JsonNode s) {
        if ("date-time".equals(s.path("format").asString(""))) {
            return random.nextBoolean() ? "2030-01-01T00:00:00Z" : "2030-13-45T99:99:99Z";
        }
        int max = s.has("maxLength") ? s.get("maxLength").asInt() : 40;
        int len = random.nextDouble() < wrongness ? max + 1 + random.nextInt(10) : 1 + random.nextInt(Math.max(1, Math.min(max, 30)));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }
}
