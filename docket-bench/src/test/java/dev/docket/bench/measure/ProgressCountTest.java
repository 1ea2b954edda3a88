package dev.docket.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ProgressCountTest {
    @Test
    void aWaiterReturnsOnceOtherThreadsReachTheTarget() throws Exception {
        ProgressCount count = new ProgressCount();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int t = 0; t < 4; t++) {
                pool.execute(() -> {
                    for (int i = 0; i < 2500; i++) {
                        count.increment();
                    }
                });
            }
            assertThat(count.awaitAtLeast(10_000, Duration.ofSeconds(30))).isTrue();
            assertThat(count.get()).isEqualTo(10_000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWaiterGivesUpAtItsDeadline() throws Exception {
        ProgressCount count = new ProgressCount();
        count.increment();
        assertThat(count.awaitAtLeast(1, Duration.ZERO)).isTrue();
        assertThat(count.awaitAtLeast(2, Duration.ofMillis(20))).isFalse();
    }
}
