package dev.docket.dashboard.html;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** How times, durations and JSON read on the pages. */
public final class Format {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Format() {
    }

    /** {@code 2026-11-28 10:15:30Z}, or an em dash for none. */
    public static String instant(Instant t) {
        return t == null ? "—" : UTC.format(t);
    }

    /** {@code 2026-11-28 11:15:30 +01:00} in {@code zone}. */
    public static String instant(Instant t, ZoneId zone) {
        return t == null ? "—" : ZONED.format(t.atZone(zone));
    }

    /** A {@code <time>} element with the exact instant and the readable one. */
    public static void time(Html h, Instant t) {
        if (t == null) {
            h.text("—");
            return;
        }
        h.el("time", instant(t), "datetime", t.toString());
    }

    /** {@code 3 min ago} or {@code in 2 h}, relative to {@code now}. */
    public static String relative(Instant t, Instant now) {
        if (t == null) {
            return "—";
        }
        Duration d = Duration.between(t, now);
        return d.isNegative() ? "in " + duration(d.negated()) : duration(d) + " ago";
    }

    /** {@code 850 ms}, {@code 12 s}, {@code 4 min 5 s}, {@code 3 h 2 min}, {@code 2 d 4 h}. */
    public static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        long s = ms / 1000;
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min" + (s % 60 == 0 ? "" : " " + (s % 60) + " s");
        }
        if (s < 86_400) {
            return (s / 3600) + " h" + (s % 3600 / 60 == 0 ? "" : " " + (s % 3600 / 60) + " min");
        }
        return (s / 86_400) + " d" + (s % 86_400 / 3600 == 0 ? "" : " " + (s % 86_400 / 3600) + " h");
    }

    /** JSON text indented for reading; text that is not JSON is returned unchanged. */
    public static String json(String text) {
        if (text == null) {
            return "null";
        }
        try {
            JsonNode node = JSON.readTree(text);
            return JSON.writeValueAsString(node);
        } catch (JacksonException e) {
            return text;
        }
    }

    /** A string map as indented JSON. */
    public static String json(Map<String, String> map) {
        return JSON.writeValueAsString(map == null ? Map.of() : new java.util.TreeMap<>(map));
    }

    /** {@code text} cut to {@code max} characters with an ellipsis. */
    public static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
