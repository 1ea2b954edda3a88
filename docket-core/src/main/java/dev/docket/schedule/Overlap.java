package dev.docket.schedule;

import java.util.Locale;

/** What a tick does while the schedule's previous run has not finished. */
public enum Overlap {
    /** Fire anyway (the default). */
    ALLOW,
    /** Drop the tick. */
    SKIP,
    /** Keep at most one tick waiting; it fires when the previous run finishes. */
    BUFFER;

    /** The lower-case name used in JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code allow}, {@code skip} or {@code buffer}, naming the accepted values when wrong. */
    public static Overlap parse(String text) {
        for (Overlap o : values()) {
            if (o.name().equalsIgnoreCase(text)) {
                return o;
            }
        }
        throw new IllegalArgumentException("invalid overlap '" + text + "' (expected allow, skip or buffer)");
    }
}
