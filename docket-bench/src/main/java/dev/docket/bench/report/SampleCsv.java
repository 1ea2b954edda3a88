package dev.docket.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes steady-run samples as CSV, one interval a row. */
public final class SampleCsv {
    static final String HEADER = "elapsedSec,enqueuePerSec,processPerSec,latencyP50Ms,latencyP99Ms,latencyMaxMs,"
            + "jobRows,deadJobRows";

    private SampleCsv() {
    }

    public static void write(List<IntervalSample> samples, Path file) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (IntervalSample s : samples) {
            lines.add(String.format(Locale.ROOT, "%.1f,%.0f,%.0f,%s,%s,%s,%d,%d", s.elapsedSec(), s.enqueuePerSec(),
                    s.processPerSec(), ms(s.latencyP50Ms()), ms(s.latencyP99Ms()), ms(s.latencyMaxMs()), s.jobRows(),
                    s.deadJobRows()));
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }
}
