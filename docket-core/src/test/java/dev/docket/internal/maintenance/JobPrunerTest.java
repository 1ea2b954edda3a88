package dev.docket.internal.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.spi.JobStore;
import dev.docket.spi.PruneParams;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The pruner deletes in bounded runs, comes back at once while it is behind and soon while it is busy. */
class JobPrunerTest {
    private static final Duration EVERY = Duration.ofMinutes(1);

    private final AtomicInteger expired = new AtomicInteger();
    private final List<PruneParams> calls = new ArrayList<>();
    private final JobStore store = (JobStore) Proxy.newProxyInstance(JobStore.class.getClassLoader(),
            new Class<?>[] {JobStore.class}, (proxy, method, args) -> {
                if (!method.getName().equals("prune")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                PruneParams p = (PruneParams) args[0];
                calls.add(p);
                int n = Math.min(p.limit(), expired.get());
                expired.addAndGet(-n);
                return n;
            });
    private final JobPruner pruner = new JobPruner(store,
            Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC), EVERY,
            Duration.ofHours(24), Duration.ofDays(14), Duration.ofDays(14));

    @Test
    void aRunTakesAtMostItsBatchesAndThePrunerComesBackAtOnceWhileBehind() {
        expired.set(JobPruner.BATCH * JobPruner.MAX_BATCHES_PER_RUN * 2 + 7);

        assertThat(pruner.runOnce()).isEqualTo(JobPruner.BATCH * JobPruner.MAX_BATCHES_PER_RUN);
        assertThat(calls).hasSize(JobPruner.MAX_BATCHES_PER_RUN);
        assertThat(pruner.interval()).as("behind").isEqualTo(Duration.ZERO);

        pruner.runOnce();
        assertThat(pruner.interval()).as("the last batch of the run was full").isEqualTo(Duration.ZERO);

        assertThat(pruner.runOnce()).isEqualTo(7);
        assertThat(pruner.interval()).as("caught up").isEqualTo(EVERY);
        assertThat(calls).allSatisfy(p -> {
            assertThat(p.limit()).isEqualTo(JobPruner.BATCH);
            assertThat(p.succeeded()).isEqualTo(Duration.ofHours(24));
        });
    }

    @Test
    void aRunThatDeletedAFullBatchBringsThePrunerBackSoon() {
        expired.set(JobPruner.BATCH + 10);

        assertThat(pruner.runOnce()).isEqualTo(JobPruner.BATCH + 10);
        assertThat(pruner.interval()).as("busy").isEqualTo(JobPruner.BUSY_EVERY);

        expired.set(JobPruner.BATCH - 1);
        pruner.runOnce();
        assertThat(pruner.interval()).as("quiet again").isEqualTo(EVERY);
    }

    @Test
    void nothingToPruneKeepsTheInterval() {
        assertThat(pruner.runOnce()).isZero();
        assertThat(calls).hasSize(1);
        assertThat(pruner.interval()).isEqualTo(EVERY);
    }
}
