package dev.docket.internal.support;

import java.util.OptionalLong;

/** Job ids are longs inside and opaque strings outside. */
public final class JobIds {
    private JobIds() {
    }

    public static String format(long id) {
        return Long.toString(id);
    }

    /** The numeric id in {@code id}, or empty when it is not one of ours (then no job has it). */
    public static OptionalLong parse(String id) {
        if (id == null || id.isEmpty() || id.length() > 19) {
            return OptionalLong.empty();
        }
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return OptionalLong.empty();
            }
        }
        try {
            long value = Long.parseLong(id);
            return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
