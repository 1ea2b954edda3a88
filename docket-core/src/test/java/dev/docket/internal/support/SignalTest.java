package dev.docket.internal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SignalTest {

    @Test
    void aFireBeforeTheWaitIsNotLost() throws Exception {
        Signal s = new Signal();
        s.fire();
        assertThat(s.await(Duration.ofMinutes(1))).isTrue();
        assertThat(s.await(Duration.ZERO)).isFalse();
    }

    @Test
    void wakesAWaitingThread() throws Exception {
        Signal s = new Signal();
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> {
            try {
                return s.await(Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                return false;
            }
        });
        s.fire();
        assertThat(waiter.get(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void broadcastWakesEveryWaiterThatSawAnOlderGeneration() throws Exception {
        Broadcast b = new Broadcast();
        long seen = b.generation();
        b.fire();
        b.awaitChange(seen, Duration.ofMinutes(1));
        assertThat(b.generation()).isEqualTo(seen + 1);
    }

    @Test
    void jobIdsRejectAnythingButPositiveNumbers() {
        assertThat(JobIds.parse("42")).hasValue(42);
        assertThat(JobIds.parse("0")).isEmpty();
        assertThat(JobIds.parse("-1")).isEmpty();
        assertThat(JobIds.parse("1e3")).isEmpty();
        assertThat(JobIds.parse("99999999999999999999")).isEmpty();
        assertThat(JobIds.parse(null)).isEmpty();
    }
}
