package dev.docket.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine and JVM a run happens on: JDK, cores, heap limit, load. */
public final class RunEnvironment {
    private RunEnvironment() {
    }

    /** The JDK: version, vendor and VM. */
    public static String jdk() {
        return Runtime.version() + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.vm.name")
                + ")";
    }

    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The 1, 5 and 15 minute load averages from {@code /proc/loadavg}, else the 1 minute one from the JVM. */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            if (parts.length >= 3) {
                return parts[0] + " " + parts[1] + " " + parts[2];
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall back to the JVM's figure
        }
        double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return one < 0 ? "unknown" : String.format("%.2f", one);
    }
}
