package dev.docket.reliability.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the fuzzer's requests from the OpenAPI document: schema-derived and mutated bodies, random
 * bodies, wrong methods, huge and deeply nested JSON, malformed text, bad ids, bad query parameters,
 * wrong content types and missing or wrong tokens. Deterministic for a seed.
 */
final class RequestMaker {
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE");
    private static final List<String> BAD_IDS = List.of("", "-1", "0", "99999999999999999999", "abc", "1e3", "%2e%2e",
            "..", "1;drop", "x".repeat(5000), "%F0%9F%98%80", "%00", "1%20OR%201=1", "0x10", "+7", "00", "9223372036854775807",
            "9223372036854775808", "1.0", "%zz");
    private static final List<String> BAD_QUERY = List.of("limit=-1", "limit=abc", "limit=1000000", "limit=", "limit=1&limit=2",
            "state=bogus", "state=,,,", "state=available,running,nope", "cursor=xyz", "cursor=-5", "cursor=99999999999999999999",
            "queue=%zz", "search=%00", "search=" + "a".repeat(10_000), "type=" + "%F0%9F%98%80".repeat(100), "=&&=", "%");
    private static final List<String> MALFORMED = List.of("{", "{\"type\":", "[1,2", "{\"type\":\"a\",}", "nul", "\"unterminated",
            "{\"type\": \"a\"} trailing", "{\"type\":\"a\",\"type\":\"b\"}", "// comment\n{}", "{'type':'a'}", "\u0000", "");

    private final OpenApiDoc doc;
    private final Random random;
    private final SchemaValues values;
    private final String token;
    private final JsonMapper mapper = JsonMapper.builder().build();

    RequestMaker(OpenApiDoc doc, long seed, String token) {
        this.doc = doc;
        this.random = new Random(seed);
        this.values = new SchemaValues(doc, random, 0.15);
        this.token = token;
    }

    FuzzRequest next() {
        OpenApiDoc.Operation op = doc.operations().get(random.nextInt(doc.operations().size()));
        int kind = random.nextInt(100);
        if (kind < 50) {
            return schemaDerived(op);
        } else if (kind < 58) {
            return new FuzzRequest("random body", op.method(), path(op) + query(op), json(values.odd()), "application/json", token);
        } else if (kind < 66) {
            return new FuzzRequest("wrong method", METHODS.get(random.nextInt(METHODS.size())), path(op),
                    random.nextBoolean() ? json(Map.of("a", 1)) : null, "application/json", token);
        } else if (kind < 72) {
            return new FuzzRequest("malformed JSON", "POST", path(op), MALFORMED.get(random.nextInt(MALFORMED.size()))
                    .getBytes(StandardCharsets.UTF_8), "application/json", token);
        } else if (kind < 76) {
            return new FuzzRequest("invalid UTF-8", "POST", path(op), new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3,
                    (byte) 0x28, (byte) 0xFF, '"', '}'}, "application/json", token);
        } else if (kind < 82) {
            return new FuzzRequest("bad query", "GET", "/api/v1/jobs?" + BAD_QUERY.get(random.nextInt(BAD_QUERY.size())),
                    null, null, token);
        } else if (kind < 88) {
            return new FuzzRequest("wrong content type", op.method(), path(op), json(Map.of("type", "a")),
                    random.nextBoolean() ? "text/plain" : "application/x-www-form-urlencoded", token);
        } else if (kind < 94) {
            return new FuzzRequest("no or wrong token", op.method(), path(op), op.bodySchema() == null ? null
                    : json(values.value(op.bodySchema(), 0)), "application/json", random.nextBoolean() ? null : "wrong");
        } else if (kind < 97) {
            return new FuzzRequest("deep nesting", "POST", path(op), deep(20_000 + random.nextInt(80_000)), "application/json",
                    token);
        }
        return new FuzzRequest("huge body", "POST", path(op), huge(2_000_000 + random.nextInt(6_000_000)),
                "application/json", token);
    }

    private FuzzRequest schemaDerived(OpenApiDoc.Operation op) {
        byte[] body = null;
        if (op.bodySchema() != null) {
            Object v = values.value(op.bodySchema(), 0);
            if (v instanceof Map<?, ?> m && op.path().endsWith("/fetch") && m.get("waitMs") instanceof Number) {
                @SuppressWarnings("unchecked")
                Map<String, Object> mm = (Map<String, Object>) m;
                mm.put("waitMs", random.nextInt(300));
            }
            body = json(v);
        }
        return new FuzzRequest("schema-derived", op.method(), path(op) + query(op), body, "application/json", token);
    }

    private String path(OpenApiDoc.Operation op) {
        String p = op.path();
        for (String name : op.pathParams()) {
            String v = name.equals("id") ? id() : enc(String.valueOf(values.value(stringSchema(), 0)));
            p = p.replace("{" + name + "}", v);
        }
        return p;
    }

    private tools.jackson.databind.JsonNode stringSchema() {
        return mapper.createObjectNode().put("type", "string").put("maxLength", 64);
    }

    /** Ids that exist in no store of the run (bad forms, or numbers far past any id the run made). */
    private String id() {
        return random.nextBoolean() ? BAD_IDS.get(random.nextInt(BAD_IDS.size()))
                : Long.toString(1_000_000_000L + (random.nextLong() & 0xFFFFFFFFFL));
    }

    private String query(OpenApiDoc.Operation op) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, tools.jackson.databind.JsonNode> q : op.queryParams().entrySet()) {
            if (random.nextBoolean()) {
                sb.append(sb.length() == 0 ? "?" : "&").append(q.getKey()).append('=')
                        .append(enc(String.valueOf(values.value(q.getValue(), 0))));
            }
        }
        return sb.toString();
    }

    private byte[] json(Object v) {
        return mapper.writeValueAsBytes(v);
    }

    private static byte[] deep(int depth) {
        StringBuilder sb = new StringBuilder(depth * 2);
        sb.append("[".repeat(depth)).append("]".repeat(depth));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] huge(int bytes) {
        StringBuilder sb = new StringBuilder(bytes + 20);
        sb.append("{\"type\":\"fuzz.huge\",\"args\":\"");
        sb.append("x".repeat(bytes));
        sb.append("\"}");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
