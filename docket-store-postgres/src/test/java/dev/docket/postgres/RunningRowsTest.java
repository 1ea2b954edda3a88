package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobError;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.NewJob;
import dev.docket.spi.Outcome;
import dev.docket.spi.OutcomeParams;
import dev.docket.spi.ReleaseParams;
import dev.docket.spi.RenewParams;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Renewals, outcomes and releases of one process touch the same running rows at once (a lease
 * keeper renews every running attempt while the completer writes the finished ones). Each such
 * write locks many rows in an order the planner picks, so two at once could deadlock; the store
 * runs them one at a time. Several rounds of all three kinds, started together on overlapping
 * rows, must all succeed.
 */
class RunningRowsTest {
    private static final int ROUNDS = 6;
    private static final int JOBS = 1_500;
    private static final int WRITERS = 6;

    private final PostgresFixture fixture = new PostgresFixture();
    private PostgresStore store;

    @AfterEach
    void close() {
        if (store != null) {
            fixture.dispose(store);
        }
    }

    @Test
    void overlappingRenewalsOutcomesAndReleasesNeverDeadlock() throws Exception {
        store = (PostgresStore) fixture.create(false);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<LeaseRef> leases = runningLeases("q" + round);
                CyclicBarrier start = new CyclicBarrier(WRITERS);
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    long seed = round * 31L + w;
                    done.add(pool.submit(() -> {
                        start.await();
                        try {
                            write(writer, shuffled(leases, seed));
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).as("writes that failed").isEmpty();
    }

    /** Writer 0 releases a slice, 1 and 2 record outcomes of halves, the rest renew everything. */
    private void write(int writer, List<LeaseRef> leases) {
        Instant now = Instant.now();
        int half = leases.size() / 2;
        switch (writer) {
            case 0 -> store.jobs().release(new ReleaseParams(leases.subList(0, leases.size() / 5), now));
            case 1 -> store.jobs().recordOutcomes(new OutcomeParams(succeeded(leases.subList(0, half)), now));
            case 2 -> store.jobs().recordOutcomes(new OutcomeParams(
                    failed(leases.subList(half, leases.size())), now));
            default -> store.jobs().renewLeases(new RenewParams(leases, Duration.ofMinutes(5), Map.of(), now));
        }
    }

    private List<LeaseRef> runningLeases(String queue) {
        List<NewJob> batch = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            batch.add(NewJob.of("t", queue, "{}"));
        }
        store.jobs().insert(InsertParams.of(batch, Instant.now()));
        List<LeaseRef> leases = new ArrayList<>();
        List<JobRecord> got;
        do {
            got = store.jobs().claim(new ClaimParams(List.of(queue), null, null, 500,
                    Duration.ofMinutes(5), "w", Instant.now()));
            got.forEach(j -> leases.add(new LeaseRef(j.id(), j.attempt())));
        } while (!got.isEmpty());
        assertThat(leases).hasSize(JOBS);
        return leases;
    }

    private static List<LeaseRef> shuffled(List<LeaseRef> leases, long seed) {
        List<LeaseRef> copy = new ArrayList<>(leases);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    private static List<Outcome> succeeded(List<LeaseRef> leases) {
        List<Outcome> out = new ArrayList<>();
        leases.forEach(l -> out.add(new Outcome.Succeeded(l, null)));
        return out;
    }

    private static List<Outcome> failed(List<LeaseRef> leases) {
        List<Outcome> out = new ArrayList<>();
        leases.forEach(l -> out.add(new Outcome.Failed(l, new JobError(1, null, "boom", null), Duration.ofSeconds(1))));
        return out;
    }
}
