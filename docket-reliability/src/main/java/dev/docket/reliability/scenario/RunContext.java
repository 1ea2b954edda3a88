package dev.docket.reliability.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Where and how big one scenario runs: its own directory (ledgers, worker output, database files)
 * and whether this is the full run or the short one the test suite uses.
 *
 * @param dir the scenario's directory
 * @param full true for the full sizes and Docket's default timings
 */
public record RunContext(Path dir, boolean full) {

    /** A context in a fresh directory under {@code root}. */
    public static RunContext create(Path root, String scenario, boolean full) {
        try {
            return new RunContext(Files.createDirectories(root.resolve(scenario)), full);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The short size's value or the full size's. */
    public <T> T pick(T shortValue, T fullValue) {
        return full ? fullValue : shortValue;
    }

    /** {@code value} seconds, for the short or full size. */
    public Duration seconds(long shortValue, long fullValue) {
        return Duration.ofSeconds(full ? fullValue : shortValue);
    }

    /** Prints a progress line with the time. */
    public void log(String format, Object... args) {
        String time = LocalTime.ofInstant(Instant.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
        System.out.println(time + " [" + dir.getFileName() + "] " + String.format(format, args));
        System.out.flush();
    }
}
