package dev.docket.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether the Linux kernel's DAMON monitor is running, and how often it samples. DAMON samples
 * memory pages for access at a fixed interval (and may page out what it finds cold); each round
 * interrupts whatever runs on the machine's cores, and on a small virtual machine that shows in a
 * run's latency tail. So a run names it with its other facts.
 */
public final class MemorySampler {
    /** Where the kernel exposes DAMON's monitors. */
    static final Path SYSFS = Path.of("/sys/kernel/mm/damon/admin/kdamonds");

    private MemorySampler() {
    }

    /** This machine's monitors, described. */
    public static String describe() {
        return describe(SYSFS);
    }

    /**
     * {@code "none"} when the kernel exposes no DAMON monitor under {@code root}, {@code "off"} when
     * none runs, else each running one as {@code "on (OPERATIONS, samples every N ms)"}.
     */
    static String describe(Path root) {
        List<String> running = new ArrayList<>();
        boolean any = false;
        try (Stream<Path> monitors = Files.list(root)) {
            for (Path monitor : monitors.sorted().toList()) {
                Path state = monitor.resolve("state");
                if (!Files.isRegularFile(state)) {
                    continue;
                }
                any = true;
                if (read(state).equals("on")) {
                    running.add(running(monitor.resolve("contexts").resolve("0")));
                }
            }
        } catch (IOException | RuntimeException e) {
            return "none";
        }
        if (!any) {
            return "none";
        }
        return running.isEmpty() ? "off" : String.join("; ", running);
    }

    private static String running(Path context) {
        try {
            String operations = read(context.resolve("operations"));
            long sampleUs = Long.parseLong(read(context.resolve("monitoring_attrs").resolve("intervals")
                    .resolve("sample_us")));
            return "on (" + operations + ", samples every " + sampleUs / 1000 + " ms)";
        } catch (IOException | RuntimeException e) {
            return "on";
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file).trim();
    }
}
