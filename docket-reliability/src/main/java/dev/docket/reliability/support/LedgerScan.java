package dev.docket.reliability.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a ledger file while its process still writes it, for waiting on what a worker did. */
public final class LedgerScan {
    private LedgerScan() {
    }

    /** The file's lines of one kind ({@code S}, {@code E}, …), or none when it does not exist yet. */
    public static List<String[]> lines(Path file, String kind) {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(kind + " "))
                    .map(l -> l.split(" ")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** How many lines of one kind the file has. */
    public static int count(Path file, String kind) {
        return lines(file, kind).size();
    }

    /** The latest time (field 4, ms) on a start line, or 0. */
    public static long lastStart(Path file) {
        return lines(file, "S").stream().mapToLong(p -> Long.parseLong(p[4])).max().orElse(0);
    }
}
