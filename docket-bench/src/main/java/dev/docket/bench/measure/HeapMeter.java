package dev.docket.bench.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The heap this JVM holds on to: used bytes right after a full collection. */
public final class HeapMeter {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapMeter() {
    }

    /** Heap used after {@link System#gc()}, in MiB. */
    public static double usedAfterGcMb() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** The most heap this JVM may use, in MiB (-1 when unbounded). */
    public static double maxMb() {
        long max = MEMORY.getHeapMemoryUsage().getMax();
        return max < 0 ? -1 : max / (1024.0 * 1024.0);
    }
}
