package dev.docket.it.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the worker processes wrote: every start and end, by job, with the worker that wrote it. */
final class Ledger {
    /** One line: a start or an end of an attempt in a worker. */
    record Entry(String worker, boolean start, String jobId, int attempt) {
    }

    private final Map<String, List<Entry>> byJob = new HashMap<>();

    static Ledger read(Map<String, Path> files) {
        Ledger ledger = new Ledger();
        files.forEach((worker, file) -> {
            try {
                if (!Files.exists(file)) {
                    return;
                }
                for (String line : Files.readAllLines(file)) {
                    String[] p = line.split(" ");
                    if (p.length == 3) {
                        ledger.byJob.computeIfAbsent(p[1], k -> new ArrayList<>())
                                .add(new Entry(worker, p[0].equals("S"), p[1], Integer.parseInt(p[2])));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return ledger;
    }

    static boolean ready(Path file) {
        try {
            return Files.exists(file) && Files.readString(file).contains("READY");
        } catch (IOException e) {
            return false;
        }
    }

    List<Entry> starts(String jobId) {
        return byJob.getOrDefault(jobId, List.of()).stream().filter(Entry::start).toList();
    }
}
