package dev.docket.sqlite;

import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.NewJob;
import dev.docket.spi.Outcome;
import dev.docket.spi.OutcomeParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A throwaway measurement, not a test: bulk-inserts no-op jobs in batches of 1,000, then drains
 * them by claiming 200 at a time and recording succeeded outcomes in batches, first from one thread
 * (claim, record, claim, …), then with a claimer and a completer thread working side by side, as
 * the runtime does. Run with {@code java -cp <test class path> dev.docket.sqlite.DrainBenchmark [jobs]}.
 */
public final class DrainBenchmark {
    private static final int INSERT_BATCH = 1_000;
    private static final int CLAIM_BATCH = 200;

    private DrainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("docket-bench-");
        try {
            for (String run : List.of("warm-up", "one thread", "claimer + completer threads")) {
                boolean pipelined = run.startsWith("claimer");
                Path file = dir.resolve("bench-" + run.replace(' ', '-') + ".db");
                try (SqliteStore store = SqliteStore.builder().path(file).build()) {
                    store.migrate();
                    int count = run.equals("warm-up") ? jobs / 5 : jobs;
                    double insertRate = insert(store, count);
                    long commits = store.writer().commits();
                    long cpu = processCpuNanos();
                    long start = System.nanoTime();
                    int drained = pipelined ? drainPipelined(store) : drainSequential(store);
                    double drainRate = drained / seconds(start);
                    double cpuPerJob = (processCpuNanos() - cpu) / 1e3 / drained;
                    System.out.printf("%s: inserted %,d jobs at %,.0f jobs/s; drained %,d at %,.0f jobs/s"
                                    + " (%.1f µs CPU per job, %d commits)%n",
                            run, count, insertRate, drained,
                            drainRate, cpuPerJob, store.writer().commits() - commits);
                }
            }
        } finally {
            SqliteStoreFixture.deleteTree(dir);
        }
    }

    private static double insert(SqliteStore store, int jobs) {
        List<NewJob> batch = Collections.nCopies(INSERT_BATCH, NewJob.of("bench.noop", "bench", "{}"));
        long start = System.nanoTime();
        for (int done = 0; done < jobs; done += INSERT_BATCH) {
            store.jobs().insert(InsertParams.of(batch.subList(0, Math.min(INSERT_BATCH, jobs - done)), Instant.now()));
        }
        return jobs / seconds(start);
    }

    private static int drainSequential(SqliteStore store) {
        int drained = 0;
        while (true) {
            List<JobRecord> claimed = claim(store);
            if (claimed.isEmpty()) {
                return drained;
            }
            complete(store, claimed);
            drained += claimed.size();
        }
    }

    /**
     * A claimer thread hands claimed batches to a completer thread, which records everything that
     * has piled up since its last call in one call, as the runtime's completer does.
     */
    private static int drainPipelined(SqliteStore store) throws Exception {
        BlockingQueue<List<JobRecord>> toComplete = new ArrayBlockingQueue<>(16);
        int[] drained = new int[1];
        Thread completer = new Thread(() -> {
            List<List<JobRecord>> taken = new ArrayList<>();
            boolean end = false;
            try {
                while (!end) {
                    taken.add(toComplete.take());
                    toComplete.drainTo(taken);
                    List<JobRecord> batch = new ArrayList<>();
                    for (List<JobRecord> claimed : taken) {
                        end |= claimed.isEmpty();
                        batch.addAll(claimed);
                    }
                    taken.clear();
                    if (!batch.isEmpty()) {
                        complete(store, batch);
                        drained[0] += batch.size();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        completer.start();
        for (List<JobRecord> claimed = claim(store); !claimed.isEmpty(); claimed = claim(store)) {
            toComplete.put(claimed);
        }
        toComplete.put(List.of());
        completer.join();
        return drained[0];
    }

    private static List<JobRecord> claim(SqliteStore store) {
        return store.jobs().claim(new ClaimParams(List.of("bench"), Set.of(), Set.of(), CLAIM_BATCH,
                Duration.ofMinutes(5), "bench", Instant.now()));
    }

    private static void complete(SqliteStore store, List<JobRecord> claimed) {
        List<Outcome> outcomes = new ArrayList<>(claimed.size());
        for (JobRecord job : claimed) {
            outcomes.add(new Outcome.Succeeded(new LeaseRef(job.id(), job.attempt()), null));
        }
        store.jobs().recordOutcomes(new OutcomeParams(outcomes, Instant.now()));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
