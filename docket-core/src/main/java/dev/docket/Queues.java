package dev.docket;

import java.util.regex.Pattern;

/** Queue names: the rules and the default. */
public final class Queues {
    /** The queue jobs go to when nothing else is said. */
    public static final String DEFAULT = "default";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,63}");

    private Queues() {
    }

    /**
     * Checks a queue name: 1–64 letters, digits and {@code _ . : -}, starting with a letter or digit.
     *
     * @return the name
     * @throws IllegalArgumentException naming the bad value
     */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid queue name '" + name
                    + "': use 1-64 letters, digits or _ . : - starting with a letter or digit");
        }
        return name;
    }
}
