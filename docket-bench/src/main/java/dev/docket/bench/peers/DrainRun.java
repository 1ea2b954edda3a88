package dev.docket.bench.peers;

import dev.docket.spi.Stores;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * One drain of a peer, the same method as Docket's: a fresh database, the peer's tables, N no-op jobs
 * enqueued while no worker runs (timed), then the workers started and timed until the peer's store
 * shows all N done. CPU time is this JVM's over both phases; commits are the peer database's, read
 * once every session has ended, because sessions publish their statistics late (at the latest when
 * they end).
 */
final class DrainRun {
    private static final Duration SETTLE = Duration.ofSeconds(30);

    private DrainRun() {
    }

    /**
     * Runs the drain {@code options} describe.
     *
     * @throws TimeoutException when the jobs are not all done in time (one minute plus 10 ms a job)
     */
    static DrainResult run(PeerOptions options) throws TimeoutException {
        PeerDatabase db = PeerDatabase.recreate(options.storeUrl(), options.database());
        options.peer().createTables(db.direct());
        long commitsBefore = db.settledCommits(SETTLE);
        int jobs = options.jobs();
        long enqueueNanos;
        long processNanos;
        long cpuNanos;
        long firstNanos;
        Map<String, Object> settings;
        try (Peer peer = options.peer().open(db.url(), options.workers())) {
            settings = peer.settings();
            long cpu0 = ProcessCpu.nanos();
            long t0 = System.nanoTime();
            peer.enqueue(jobs);
            long t1 = System.nanoTime();
            peer.startWorkers();
            firstNanos = awaitDone(peer, jobs, Duration.ofSeconds(60).plusMillis(10L * jobs)) - t1;
            long t2 = System.nanoTime();
            long cpu2 = ProcessCpu.nanos();
            enqueueNanos = t1 - t0;
            processNanos = t2 - t1;
            cpuNanos = cpu0 < 0 ? -1 : cpu2 - cpu0;
        }
        long commits = db.settledCommits(SETTLE) - commitsBefore;
        return new DrainResult(Stores.redact(db.url()), options.peer().id(), jobs, enqueueNanos, firstNanos,
                processNanos, cpuNanos, commits, settings);
    }

    /**
     * Waits for the handler to have run {@code jobs} times (a cheap in-memory count, read every
     * millisecond), then for the store to show them all done (one query every 5 ms, only at the end).
     *
     * @return when the first job ran ({@link System#nanoTime()}, to the millisecond)
     */
    static long awaitDone(Peer peer, int jobs, Duration timeout) throws TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (peer.executed() == 0) {
            pause(1, deadline, "no job ran");
        }
        long first = System.nanoTime();
        while (peer.executed() < jobs) {
            pause(1, deadline, "only " + peer.executed() + " of " + jobs + " jobs ran");
        }
        long done;
        while ((done = peer.doneInStore()) < jobs) {
            pause(5, deadline, "all " + jobs + " jobs ran, but the store shows only " + done + " done");
        }
        return first;
    }

    private static void pause(long millis, long deadline, String state) throws TimeoutException {
        if (System.nanoTime() > deadline) {
            throw new TimeoutException(state + " in time");
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted while waiting for the jobs");
        }
    }
}
