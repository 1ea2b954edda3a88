package dev.docket.bench.peers;

import java.lang.management.ManagementFactory;

/** CPU time this JVM has used, over all its threads. */
final class ProcessCpu {
    private ProcessCpu() {
    }

    /** Nanoseconds of CPU time used by this process so far, or -1 when the JVM cannot tell. */
    static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** The system load average over the last minute, or a negative number when unknown. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
