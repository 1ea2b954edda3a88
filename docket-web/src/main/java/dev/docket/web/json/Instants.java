package dev.docket.web.json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as the API writes them: ISO-8601 in UTC, always with milliseconds ({@code 2026-11-28T10:15:30.123Z}). */
public final class Instants {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Instants() {
    }

    /** The instant as text, or {@code null}. */
    public static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }
}
