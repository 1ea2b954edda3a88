package dev.docket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromInitialUpToMax() {
        Backoff b = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(10));
        assertThat(b.baseDelay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(b.baseDelay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(b.baseDelay(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(b.baseDelay(5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(b.baseDelay(500)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void defaultSpreadsNineteenRetriesOverAboutADay() {
        long totalMs = 0;
        for (int attempt = 1; attempt < 20; attempt++) {
            totalMs += Backoff.DEFAULT.baseDelay(attempt).toMillis();
        }
        assertThat(Duration.ofMillis(totalMs)).isBetween(Duration.ofHours(24), Duration.ofHours(25));
    }

    @Test
    void jitterStaysWithinTwentyPercent() {
        Backoff b = Backoff.exponential(Duration.ofSeconds(10), Duration.ofHours(1));
        SplittableRandom random = new SplittableRandom(42);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 1000; i++) {
            long ms = b.delay(1, random).toMillis();
            min = Math.min(min, ms);
            max = Math.max(max, ms);
        }
        assertThat(min).isGreaterThanOrEqualTo(8_000).isLessThan(8_500);
        assertThat(max).isLessThanOrEqualTo(12_000).isGreaterThan(11_500);
    }

    @Test
    void fixedBackoffHasNoJitter() {
        assertThat(Backoff.fixed(Duration.ofSeconds(3)).delay(7, new SplittableRandom(1))).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void rejectsMaxBelowInitial() {
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .hasMessageContaining("shorter than initial");
    }
}
