package dev.docket.postgres;

import dev.docket.it.TestPostgres;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.NewJob;
import dev.docket.spi.Outcome;
import dev.docket.spi.OutcomeParams;
import dev.docket.spi.Store;
import dev.docket.spi.Stores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A manual measurement, not a test: bulk insert in batches, then a drain by batched claims and
 * batched succeeded outcomes from several threads, against the test PostgreSQL, after a smaller
 * warm-up round. Arguments: jobs
 * (100000), insert batch (1000), claim batch (200), drain threads (comma-separated, "2,4").
 */
public final class PgThroughput {
    private PgThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int claim = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String[] threadCounts = (args.length > 3 ? args[3] : "2,4").split(",");
        TestPostgres pg = TestPostgres.get();
        System.out.println("PostgreSQL: " + pg.description());
        for (String t : threadCounts) {
            int threads = Integer.parseInt(t.trim());
            String schema = pg.newSchema("docket_bench");
            try (Store store = Stores.open(pg.jdbcUrl(schema) + "&poolSize=" + Math.max(4, threads + 1))) {
                store.migrate();
                // warm up the JIT and the server-side prepared statements, then measure a fresh table
                insert(store, jobs / 5, batch);
                drain(store, jobs / 5, claim, threads);
                store.jobs().prune(new dev.docket.spi.PruneParams(Duration.ZERO, Duration.ZERO, Duration.ZERO,
                        jobs, Instant.now().plusSeconds(1)));
                double inserted = insert(store, jobs, batch);
                double drained = drain(store, jobs, claim, threads);
                System.out.printf("jobs=%d insert batch=%d: %,.0f inserts/s | drain claim=%d threads=%d: %,.0f jobs/s%n",
                        jobs, batch, inserted, claim, threads, drained);
            } finally {
                pg.dropSchema(schema);
            }
        }
    }

    private static double insert(Store store, int jobs, int batch) {
        List<NewJob> one = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
            one.add(NewJob.of("bench.noop", "bench", "{\"n\":" + i + "}"));
        }
        long start = System.nanoTime();
        for (int done = 0; done < jobs; done += batch) {
            store.jobs().insert(InsertParams.of(one, Instant.now()));
        }
        return jobs / ((System.nanoTime() - start) / 1e9);
    }

    private static double drain(Store store, int jobs, int claim, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String worker = "bench-" + t;
            results.add(pool.submit(() -> {
                int done = 0;
                while (true) {
                    List<JobRecord> got = store.jobs().claim(new ClaimParams(List.of("bench"), null, null, claim,
                            Duration.ofMinutes(5), worker, Instant.now()));
                    if (got.isEmpty()) {
                        return done;
                    }
                    List<Outcome> outcomes = new ArrayList<>(got.size());
                    for (JobRecord j : got) {
                        outcomes.add(new Outcome.Succeeded(new LeaseRef(j.id(), j.attempt()), null));
                    }
                    done += store.jobs().recordOutcomes(new OutcomeParams(outcomes, Instant.now())).applied().size();
                }
            }));
        }
        int total = 0;
        for (Future<Integer> f : results) {
            total += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (total != jobs) {
            throw new IllegalStateException("drained " + total + " of " + jobs);
        }
        return total / seconds;
    }
}
