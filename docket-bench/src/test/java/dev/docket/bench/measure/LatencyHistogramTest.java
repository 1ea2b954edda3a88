package dev.docket.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {
    @Test
    void anEmptyHistogramHasNoFigures() {
        LatencyHistogram h = new LatencyHistogram();
        assertThat(h.count()).isZero();
        assertThat(h.percentileMs(50)).isNaN();
        assertThat(h.maxMs()).isNaN();
    }

    @Test
    void percentilesAreWithinOnePercentAndNeverBelowTheTruth() {
        LatencyHistogram h = new LatencyHistogram();
        for (int ms = 1; ms <= 1000; ms++) {
            h.record(ms * 1_000_000L);
        }
        assertThat(h.count()).isEqualTo(1000);
        assertThat(h.percentileMs(50)).isBetween(500.0, 505.0);
        assertThat(h.percentileMs(99)).isBetween(990.0, 1000.0);
        assertThat(h.percentileMs(100)).isEqualTo(1000.0);
        assertThat(h.maxMs()).isEqualTo(1000.0);
    }

    @Test
    void shortLatenciesAreExactToTheMicrosecond() {
        LatencyHistogram h = new LatencyHistogram();
        h.record(-5);
        h.record(42_000);
        h.record(42_400);
        h.record(90_000);
        assertThat(h.percentileMs(25)).isCloseTo(0.001, within(1e-9));
        assertThat(h.percentileMs(50)).isCloseTo(0.043, within(1e-9));
        assertThat(h.percentileMs(75)).isCloseTo(0.043, within(1e-9));
        assertThat(h.percentileMs(100)).isCloseTo(0.090, within(1e-9));
    }

    @Test
    void bucketsCoverTheirValues() {
        for (long micros : new long[] {0, 99, 100, 101, 1_000, 123_456, 3_600_000_000L}) {
            int b = LatencyHistogram.bucket(micros);
            assertThat(LatencyHistogram.upperMicros(b)).isGreaterThan(micros);
            if (b > 0) {
                assertThat(LatencyHistogram.upperMicros(b - 1)).isLessThanOrEqualTo(micros);
            }
        }
    }

    @Test
    void aRecorderHandsOverIntervalsAndKeepsTheTotal() {
        LatencyRecorder r = new LatencyRecorder();
        r.record(1_000_000);
        r.record(2_000_000);
        assertThat(r.takeInterval().count()).isEqualTo(2);
        r.record(3_000_000);
        assertThat(r.takeInterval().count()).isEqualTo(1);
        assertThat(r.total().count()).isEqualTo(3);
        r.reset();
        assertThat(r.total().count()).isZero();
        assertThat(r.takeInterval().count()).isZero();
    }
}
