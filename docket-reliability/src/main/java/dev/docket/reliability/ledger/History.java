package dev.docket.reliability.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything the ledger files of one run say: acknowledged enqueues, refused enqueues, every start
 * and end by job, and the injected faults. Read after the run, from all {@code *.ledger} files of
 * its directory. A torn last line (a process killed mid-write) is ignored.
 */
public final class History {
    private final Set<String> acked = new LinkedHashSet<>();
    private final Map<String, List<Entry>> byJob = new HashMap<>();
    private final List<Fault> faults = new ArrayList<>();
    private final Map<String, Long> ready = new HashMap<>();
    private long refusedEnqueues;

    /** Reads every {@code *.ledger} file in {@code dir}. */
    public static History read(Path dir) {
        History h = new History();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ledger")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    h.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ledgers in " + dir, e);
        }
        h.byJob.values().forEach(list -> list.sort(Comparator.comparingLong(Entry::at)));
        return h;
    }

    /** Parses one line into the history (public for tests that build a history by hand). */
    public void add(String line) {
        String[] p = line.split(" ", 6);
        try {
            switch (p[0]) {
                case "S", "L", "O" -> entry(new Entry(p[0].charAt(0), p[1], Integer.parseInt(p[2]), p[3],
                        Long.parseLong(p[4]), ""));
                case "E" -> entry(new Entry('E', p[1], Integer.parseInt(p[2]), p[3], Long.parseLong(p[4]), p[5]));
                case "A" -> acked.add(p[1]);
                case "X" -> refusedEnqueues += Long.parseLong(p[1]);
                case "F" -> faults.add(new Fault(p[1], p[2], Long.parseLong(p[3]), Long.parseLong(p[4])));
                case "R" -> ready.put(p[1], Long.parseLong(p[2]));
                default -> { }
            }
        } catch (RuntimeException e) {
            // a line torn by kill -9: nothing after it was written either
        }
    }

    /** Sorts each job's lines by time; call after adding lines by hand. */
    public History sorted() {
        byJob.values().forEach(list -> list.sort(Comparator.comparingLong(Entry::at)));
        return this;
    }

    private void entry(Entry e) {
        byJob.computeIfAbsent(e.jobId(), k -> new ArrayList<>()).add(e);
    }

    public Set<String> acked() {
        return acked;
    }

    public long refusedEnqueues() {
        return refusedEnqueues;
    }

    public List<Fault> faults() {
        return faults;
    }

    /** Every job that has at least one line. */
    public Set<String> jobs() {
        return byJob.keySet();
    }

    /** The job's lines, oldest first. */
    public List<Entry> entries(String jobId) {
        return byJob.getOrDefault(jobId, List.of());
    }

    /** The job's starts, oldest first. */
    public List<Entry> starts(String jobId) {
        return entries(jobId).stream().filter(e -> e.kind() == 'S').toList();
    }

    /** The end line of one attempt in one worker, or {@code null}. */
    public Entry end(String jobId, int attempt, String worker) {
        for (Entry e : entries(jobId)) {
            if (e.kind() == 'E' && e.attempt() == attempt && e.worker().equals(worker)) {
                return e;
            }
        }
        return null;
    }

    /** The line saying the store recorded one attempt's outcome, or {@code null}. */
    public Entry recorded(String jobId, int attempt, String worker) {
        for (Entry e : entries(jobId)) {
            if (e.kind() == 'O' && e.attempt() == attempt && e.worker().equals(worker)) {
                return e;
            }
        }
        return null;
    }

    /** Whether a lease-lost line exists for one attempt in one worker. */
    public boolean leaseLost(String jobId, int attempt, String worker) {
        return entries(jobId).stream().anyMatch(e -> e.kind() == 'L' && e.attempt() == attempt
                && e.worker().equals(worker));
    }

    /** When each worker instance said it was ready. */
    public Map<String, Long> ready() {
        return ready;
    }
}
