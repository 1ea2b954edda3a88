package dev.docket.web.json;

import dev.docket.web.ApiException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object, checking each: unknown fields, wrong types and values out of
 * range are refused with a 400 whose message names the field (with its path, e.g. {@code jobs[2].priority}).
 * A field given as JSON {@code null} counts as absent.
 */
public final class JsonFields {
    private final JsonNode object;
    private final String prefix;

    private JsonFields(JsonNode object, String prefix) {
        this.object = object;
        this.prefix = prefix;
    }

    /**
     * The fields of {@code node}, which must be an object with no fields outside {@code allowed}.
     *
     * @param where the object's path for messages ("" for the body itself, e.g. "jobs[2]" or "backoff")
     */
    public static JsonFields of(JsonNode node, String where, List<String> allowed) {
        String label = where.isEmpty() ? "the request body" : "'" + where + "'";
        if (node == null || !node.isObject()) {
            throw ApiException.invalid(label + " must be a JSON object");
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw ApiException.invalid("unknown field '" + (where.isEmpty() ? "" : where + ".") + name
                        + "'; accepted fields: " + String.join(", ", allowed));
            }
        }
        return new JsonFields(node, where.isEmpty() ? "" : where + ".");
    }

    /** The full name of a field, for messages. */
    public String name(String field) {
        return prefix + field;
    }

    /** Whether the field is present and not null. */
    public boolean has(String field) {
        JsonNode v = object.get(field);
        return v != null && !v.isNull();
    }

    /** The field's raw value, or {@code null} when absent. */
    public JsonNode raw(String field) {
        return has(field) ? object.get(field) : null;
    }

    public String requiredString(String field) {
        String s = string(field);
        if (s == null) {
            throw ApiException.invalid("missing field '" + name(field) + "'");
        }
        return s;
    }

    /** A string field, or {@code null}. */
    public String string(String field) {
        JsonNode v = raw(field);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            throw ApiException.invalid("field '" + name(field) + "' must be a string");
        }
        return v.stringValue();
    }

    /** A string field checked by {@code check} (which throws IllegalArgumentException), or {@code null}. */
    public String checkedString(String field, UnaryOperator<String> check) {
        String s = string(field);
        if (s == null) {
            return null;
        }
        try {
            return check.apply(s);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("field '" + name(field) + "': " + e.getMessage());
        }
    }

    public int requiredInt(String field, int min, int max) {
        Integer v = integer(field, min, max);
        if (v == null) {
            throw ApiException.invalid("missing field '" + name(field) + "'");
        }
        return v;
    }

    /** An integer field within {@code [min, max]}, or {@code null}. */
    public Integer integer(String field, int min, int max) {
        Long v = longValue(field, min, max);
        return v == null ? null : v.intValue();
    }

    public long requiredLong(String field, long min, long max) {
        Long v = longValue(field, min, max);
        if (v == null) {
            throw ApiException.invalid("missing field '" + name(field) + "'");
        }
        return v;
    }

    /** An integer field within {@code [min, max]}, or {@code fallback} when absent. */
    public int integer(String field, int min, int max, int fallback) {
        Integer v = integer(field, min, max);
        return v == null ? fallback : v;
    }

    /** A long field within {@code [min, max]}, or {@code fallback} when absent. */
    public long longValue(String field, long min, long max, long fallback) {
        Long v = longValue(field, min, max);
        return v == null ? fallback : v;
    }

    /** A long field within {@code [min, max]}, or {@code null}. */
    public Long longValue(String field, long min, long max) {
        JsonNode v = raw(field);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw ApiException.invalid("field '" + name(field) + "' must be an integer from " + min + " to " + max);
        }
        long n = v.longValue();
        if (n < min || n > max) {
            throw ApiException.invalid("field '" + name(field) + "' must be from " + min + " to " + max + ", was " + n);
        }
        return n;
    }

    /** A boolean field, or {@code fallback} when absent. */
    public boolean bool(String field, boolean fallback) {
        JsonNode v = raw(field);
        if (v == null) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw ApiException.invalid("field '" + name(field) + "' must be true or false");
        }
        return v.booleanValue();
    }

    /** An ISO-8601 instant field (e.g. {@code 2026-11-28T10:15:30Z}), or {@code null}. */
    public Instant instant(String field) {
        String s = string(field);
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("field '" + name(field) + "' must be an ISO-8601 instant in UTC such as "
                    + "2026-11-28T10:15:30Z, was '" + s + "'");
        }
    }

    /** An array of strings, each checked by {@code check}; {@code null} when absent. */
    public List<String> strings(String field, int maxItems, UnaryOperator<String> check) {
        JsonNode v = raw(field);
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            throw ApiException.invalid("field '" + name(field) + "' must be an array of strings");
        }
        if (v.size() > maxItems) {
            throw ApiException.invalid("field '" + name(field) + "' has " + v.size() + " items; at most " + maxItems);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isString()) {
                throw ApiException.invalid("field '" + name(field) + "[" + i + "]' must be a string");
            }
            try {
                out.add(check.apply(item.stringValue()));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("field '" + name(field) + "[" + i + "]': " + e.getMessage());
            }
        }
        return out;
    }

    /** An object whose values are all strings; {@code null} when absent. */
    public Map<String, String> stringMap(String field, int maxEntries) {
        JsonNode v = raw(field);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw ApiException.invalid("field '" + name(field) + "' must be an object of strings");
        }
        if (v.size() > maxEntries) {
            throw ApiException.invalid("field '" + name(field) + "' has " + v.size() + " entries; at most " + maxEntries);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            if (!e.getValue().isString()) {
                throw ApiException.invalid("field '" + name(field) + "." + e.getKey() + "' must be a string");
            }
            out.put(e.getKey(), e.getValue().stringValue());
        }
        return out;
    }
}
