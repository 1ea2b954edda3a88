package dev.docket.bench.options;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads option values: whole numbers within a range and durations such as {@code 500ms}, {@code 60s}, {@code 2m}. */
final class Values {
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");

    private Values() {
    }

    static int integer(String option, String value, int min, int max) {
        long n;
        try {
            n = Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, was '" + value + "'");
        }
        if (n < min || n > max) {
            throw new UsageException(option + " must be " + min + " to " + max + ", was " + n);
        }
        return (int) n;
    }

    /** A duration: digits with a unit of ms, s, m or h (seconds when none). */
    static Duration duration(String option, String value, Duration min) {
        Matcher m = DURATION.matcher(value);
        if (!m.matches()) {
            throw new UsageException(option + " must be a duration such as 500ms, 60s or 2m, was '" + value + "'");
        }
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new UsageException(option + " is too large: '" + value + "'");
        }
        String unit = m.group(2) == null ? "s" : m.group(2);
        Duration d = switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
        if (d.compareTo(min) < 0) {
            throw new UsageException(option + " must be at least " + Durations.format(min) + ", was '" + value + "'");
        }
        return d;
    }
}
