package dev.docket.tck;

import static dev.docket.tck.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.JobRecord;
import dev.docket.spi.JobStore;
import dev.docket.spi.NewJob;
import dev.docket.spi.Outcome;
import dev.docket.spi.OutcomeParams;
import dev.docket.spi.OutcomeResult;
import dev.docket.spi.RescueParams;
import dev.docket.spi.RescuedJob;
import dev.docket.spi.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Races the store must win: parallel claims never share a job, parallel inserts of one unique key
 * store one job, and an outcome racing a rescue of the same attempt never both apply. When the
 * fixture can open a second instance, half the threads use it, as a second process would.
 */
class ConcurrencyContractTest extends StoreTestSupport {

    private static final int THREADS = 4;
    private static final int JOBS = 2_000;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    /** The stores the threads use: this one, and a peer for every other thread when there is one. */
    private List<Store> stores() {
        Store other = peer().orElse(store);
        List<Store> stores = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            stores.add(t % 2 == 0 ? store : other);
        }
        return stores;
    }

    private <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return task.call();
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void parallelClaimsHandOutEveryJobExactlyOnce() throws Exception {
        Set<Long> inserted = new HashSet<>();
        for (int batch = 0; batch < JOBS / 500; batch++) {
            NewJob[] jobs = new NewJob[500];
            Arrays.fill(jobs, job("q"));
            insert(T0, jobs).forEach(r -> inserted.add(r.id()));
        }
        List<Callable<List<Long>>> claimers = new ArrayList<>();
        for (Store s : stores()) {
            claimers.add(() -> {
                List<Long> mine = new ArrayList<>();
                List<JobRecord> got;
                while (!(got = s.jobs().claim(claimParams(List.of("q"), 10, T0))).isEmpty()) {
                    got.forEach(r -> mine.add(r.id()));
                }
                return mine;
            });
        }

        List<Long> claimed = race(claimers).stream().flatMap(List::stream).toList();

        assertThat(claimed).hasSize(JOBS).doesNotHaveDuplicates();
        assertThat(new HashSet<>(claimed)).isEqualTo(inserted);
        assertThat(all()).allMatch(r -> r.state() == JobState.RUNNING && r.attempt() == 1);
    }

    @Test
    void parallelInsertsOfOneKeyStoreOneJob() throws Exception {
        int keys = 50;
        List<Callable<List<InsertResult>>> inserters = new ArrayList<>();
        for (Store s : stores()) {
            inserters.add(() -> {
                List<InsertResult> mine = new ArrayList<>();
                for (int k = 0; k < keys; k++) {
                    mine.addAll(s.jobs().insert(InsertParams.of(
                            List.of(job("q").withUniqueKey("key-" + k)), T0)));
                }
                return mine;
            });
        }

        List<List<InsertResult>> results = race(inserters);

        assertThat(all()).hasSize(keys);
        for (int k = 0; k < keys; k++) {
            int key = k;
            List<InsertResult> forKey = results.stream().map(list -> list.get(key)).toList();
            assertThat(forKey).extracting(InsertResult::id).as("ids for key-%d", k).containsOnly(forKey.get(0).id());
            assertThat(forKey).filteredOn(r -> !r.duplicate()).as("stored for key-%d", k).hasSize(1);
        }
    }

    @Test
    void anOutcomeRacingARescueNeverBothApply() throws Exception {
        int count = 200;
        for (int i = 0; i < count; i++) {
            insertOne(job("q"));
        }
        List<JobRecord> running = claim("q", count, T0);
        assertThat(running).hasSize(count);
        Instant afterExpiry = T0.plus(LEASE).plusSeconds(1);
        List<Store> stores = stores();
        JobStore completer = stores.get(0).jobs();
        JobStore rescuer = stores.get(1).jobs();

        List<Callable<List<Long>>> racers = List.of(
                () -> {
                    List<Long> applied = new ArrayList<>();
                    for (JobRecord r : running) {
                        OutcomeResult result = completer.recordOutcomes(new OutcomeParams(
                                List.of(new Outcome.Succeeded(lease(r), null)), afterExpiry));
                        result.applied().forEach(o -> applied.add(o.lease().id()));
                    }
                    return applied;
                },
                () -> {
                    List<Long> rescued = new ArrayList<>();
                    List<RescuedJob> got;
                    while (!(got = rescuer.rescueExpired(new RescueParams(3, 5, afterExpiry))).isEmpty()) {
                        got.forEach(j -> rescued.add(j.id()));
                    }
                    return rescued;
                });

        List<List<Long>> results = race(racers);
        Set<Long> applied = new HashSet<>(results.get(0));
        Set<Long> rescued = new HashSet<>(results.get(1));

        Set<Long> both = new HashSet<>(applied);
        both.retainAll(rescued);
        assertThat(both).as("jobs both completed and rescued").isEmpty();
        assertThat(applied.size() + rescued.size()).isEqualTo(count);
        for (JobRecord r : running) {
            JobRecord now = find(r.id());
            assertThat(now.state()).isEqualTo(applied.contains(r.id()) ? JobState.SUCCEEDED : JobState.AVAILABLE);
        }
    }
}
