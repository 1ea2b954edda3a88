package dev.docket.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.spi.LeaderParams;
import dev.docket.spi.Leadership;
import dev.docket.spi.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code LeaderStore}: terms, expiry, renewal, resignation and contention. */
class LeaderContractTest extends StoreTestSupport {

    private static final Duration TTL = Duration.ofSeconds(30);

    private Optional<Leadership> acquire(String holder, Instant now) {
        return store.leaders().acquire(new LeaderParams("maintenance", holder, TTL, now));
    }

    @Test
    void firstHolderGetsTermOne() {
        assertThat(acquire("a", T0)).contains(new Leadership("maintenance", "a", 1, at(30)));
        assertThat(store.leaders().current("maintenance", at(1))).contains(new Leadership("maintenance", "a", 1, at(30)));
    }

    @Test
    void renewalKeepsTheTermAndExtendsTheLease() {
        acquire("a", T0);

        assertThat(acquire("a", at(20))).contains(new Leadership("maintenance", "a", 1, at(50)));
        assertThat(store.leaders().current("maintenance", at(45)).map(Leadership::holder)).contains("a");
    }

    @Test
    void anotherHolderIsRefusedWhileTheLeaseRuns() {
        acquire("a", T0);

        assertThat(acquire("b", at(10))).isEmpty();
        assertThat(acquire("b", at(30))).as("at exactly expiresAt the lease still holds").isEmpty();
        assertThat(store.leaders().current("maintenance", at(30)).map(Leadership::holder)).contains("a");
    }

    @Test
    void anotherHolderTakesAnExpiredLeaseWithTheNextTerm() {
        acquire("a", T0);

        assertThat(acquire("b", at(31))).contains(new Leadership("maintenance", "b", 2, at(61)));
        assertThat(acquire("a", at(32))).isEmpty();
        assertThat(store.leaders().current("maintenance", at(32)).map(Leadership::holder)).contains("b");
    }

    @Test
    void resignLetsAnotherTakeOverAtOnceAndTermsKeepGrowing() {
        Leadership a = acquire("a", T0).orElseThrow();

        store.leaders().resign("maintenance", "a", a.term());

        assertThat(store.leaders().current("maintenance", at(1))).isEmpty();
        assertThat(acquire("b", at(1))).contains(new Leadership("maintenance", "b", 2, at(31)));
    }

    @Test
    void resignByAnotherHolderOrTermIsIgnored() {
        acquire("a", T0);

        store.leaders().resign("maintenance", "b", 1);
        store.leaders().resign("maintenance", "a", 7);

        assertThat(store.leaders().current("maintenance", at(1))).contains(new Leadership("maintenance", "a", 1, at(30)));
        assertThat(acquire("b", at(1))).isEmpty();
    }

    @Test
    void takingBackAnExpiredOrResignedLeadershipStartsANewTerm() {
        acquire("a", T0);
        assertThat(acquire("a", at(31)).map(Leadership::term)).contains(2L);

        store.leaders().resign("maintenance", "a", 2);
        assertThat(acquire("a", at(32)).map(Leadership::term)).contains(3L);
    }

    @Test
    void currentIsEmptyWithoutAnUnexpiredHolder() {
        assertThat(store.leaders().current("maintenance", T0)).isEmpty();
        acquire("a", T0);
        assertThat(store.leaders().current("maintenance", at(31))).isEmpty();
    }

    @Test
    void leadershipsAreIndependentByName() {
        acquire("a", T0);

        Optional<Leadership> other = store.leaders().acquire(new LeaderParams("schedules", "b", TTL, at(1)));

        assertThat(other).contains(new Leadership("schedules", "b", 1, at(31)));
        assertThat(store.leaders().current("maintenance", at(1)).map(Leadership::holder)).contains("a");
    }

    @Test
    void exactlyOneOfManyContendersWins() throws Exception {
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 20; round++) {
                String name = "contended-" + round;
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<Optional<Leadership>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String holder = "holder-" + t;
                    results.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return store.leaders().acquire(new LeaderParams(name, holder, TTL, T0));
                    }));
                }
                List<Leadership> won = new ArrayList<>();
                for (Future<Optional<Leadership>> f : results) {
                    f.get(30, TimeUnit.SECONDS).ifPresent(won::add);
                }
                assertThat(won).as("winners of %s", name).hasSize(1);
                assertThat(won.get(0).term()).isEqualTo(1);
                assertThat(store.leaders().current(name, T0)).contains(won.get(0));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherProcessSeesTheLeadership() {
        Store other = peer().orElse(null);
        Assumptions.assumeTrue(other != null, "the store cannot be opened twice");
        acquire("a", T0);

        assertThat(other.leaders().acquire(new LeaderParams("maintenance", "b", TTL, at(1)))).isEmpty();
        assertThat(other.leaders().current("maintenance", at(1)).map(Leadership::holder)).contains("a");
    }
}
