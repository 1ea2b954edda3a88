package dev.docket.schedule;

import java.util.Locale;

/** What happens to ticks missed while no Docket process could fire them. */
public enum CatchUp {
    /** Drop them. */
    NONE,
    /** Fire once for all of them (the default). */
    ONE,
    /** Fire each, oldest first, at most 1,000 (the latest 1,000 when more were missed). */
    ALL;

    /** The most ticks {@link #ALL} fires at once. */
    public static final int MAX_TICKS = 1000;

    /** The lower-case name used in JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code none}, {@code one} or {@code all}, naming the accepted values when wrong. */
    public static CatchUp parse(String text) {
        for (CatchUp c : values()) {
            if (c.name().equalsIgnoreCase(text)) {
                return c;
            }
        }
        throw new IllegalArgumentException("invalid catchUp '" + text + "' (expected none, one or all)");
    }
}
