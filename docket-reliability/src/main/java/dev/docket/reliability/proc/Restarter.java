package dev.docket.reliability.proc;

import dev.docket.reliability.support.Await;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches a cluster and restarts any worker whose process exited on its own (a handler that halted
 * the JVM, say), recording each death as a {@code halt} fault at the time it was seen.
 */
public final class Restarter implements AutoCloseable {
    private final Cluster cluster;
    private final AtomicInteger deaths = new AtomicInteger();
    private final Thread thread;
    private volatile boolean stopping;

    public Restarter(Cluster cluster) {
        this.cluster = cluster;
        this.thread = new Thread(this::watch, "restarter");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void watch() {
        while (!stopping) {
            for (String slot : cluster.slots()) {
                WorkerProcess w = cluster.get(slot);
                if (!stopping && !w.isAlive()) {
                    long at = System.currentTimeMillis();
                    cluster.fault("halt", w.id(), at, at);
                    deaths.incrementAndGet();
                    cluster.restart(slot);
                }
            }
            Await.pause(20);
        }
    }

    /** How many worker processes died on their own so far. */
    public int deaths() {
        return deaths.get();
    }

    @Override
    public void close() {
        stopping = true;
        try {
            thread.join(130_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
