package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.JobFilter;
import dev.docket.spi.JobRecord;
import dev.docket.spi.NewJob;
import dev.docket.spi.StateCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Claims from several threads of two store instances (by one queue and by a list of queues) never
 * hand one job out twice.
 */
class ConcurrentClaimTest {
    private static final int JOBS = 4_000;
    private static final int THREADS_PER_STORE = 4;

    private final PostgresFixture fixture = new PostgresFixture();
    private final List<PostgresStore> stores = new ArrayList<>();

    @AfterEach
    void close() {
        stores.forEach(fixture::dispose);
    }

    @Test
    void everyJobIsClaimedExactlyOnce() throws Exception {
        PostgresStore a = (PostgresStore) fixture.create(true);
        stores.add(a);
        PostgresStore b = fixture.createOn(fixture.schemaOf(a), true);
        stores.add(b);
        List<NewJob> batch = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            batch.add(NewJob.of("t", "q", "{\"i\":" + i + "}").withPriority(i % 3));
        }
        a.jobs().insert(InsertParams.of(batch, Instant.now()));

        ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
        int threads = 2 * THREADS_PER_STORE;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                PostgresStore store = t % 2 == 0 ? a : b;
                // store a's threads claim the one queue, store b's claim it among others
                List<String> queues = t % 2 == 0 ? List.of("q") : List.of("empty", "q", "other");
                String worker = "w" + t;
                done.add(pool.submit(() -> {
                    start.await();
                    List<JobRecord> got;
                    do {
                        got = store.jobs().claim(new ClaimParams(queues, null, null, 25,
                                Duration.ofMinutes(5), worker, Instant.now()));
                        got.forEach(j -> claimed.add(j.id()));
                    } while (!got.isEmpty());
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Set<Long> unique = new HashSet<>(claimed);
        assertThat(claimed).hasSize(JOBS);
        assertThat(unique).hasSize(JOBS);
        assertThat(a.queries().countByQueueAndState()).containsExactly(new StateCount("q", JobState.RUNNING, JOBS));
        assertThat(a.queries().list(new dev.docket.spi.ListParams(JobFilter.ALL, null, 50)))
                .allSatisfy(j -> assertThat(j.attempt()).isEqualTo(1));
    }
}
