package dev.docket.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Backoff;
import dev.docket.JobType;
import dev.docket.NonRetryableException;
import dev.docket.test.DocketTestKit;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Job events become counters and timers with bounded tags only. */
class JobMetricsTest {
    record Work(String mode) {
        static final JobType<Work> TYPE = JobType.of("test.work", Work.class);
    }

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private DocketTestKit kit(JobMetrics metrics) {
        return DocketTestKit.create(b -> b.listener(metrics).backoff(Backoff.fixed(Duration.ofSeconds(1)))
                .handle(Work.TYPE, (args, ctx) -> {
                    if (args.mode().equals("flaky") && ctx.attempt() == 1) {
                        throw new IllegalStateException("once");
                    }
                    if (args.mode().equals("fatal")) {
                        throw new NonRetryableException("never");
                    }
                    ctx.checkCancelled();
                }, t -> t.queue("work")));
    }

    @Test
    void countsAndTimesByQueueTypeAndOutcome() {
        try (DocketTestKit kit = kit(JobMetrics.create(registry))) {
            kit.docket().enqueue(new Work("ok"));
            kit.docket().enqueue(new Work("flaky"));
            kit.docket().enqueue(new Work("fatal"));
            kit.clock().advance(Duration.ofSeconds(3));
            kit.advance(Duration.ofSeconds(5));
        }

        assertThat(registry.get(DocketMeters.ENQUEUED).tags("queue", "work", "type", "test.work").counter().count()).isEqualTo(3);
        assertThat(finished("succeeded")).isEqualTo(2);
        assertThat(finished("failed")).isEqualTo(1);
        assertThat(finished("dead")).isEqualTo(1);
        assertThat(registry.get(DocketMeters.EXECUTION).tags("outcome", "succeeded").timer().count()).isEqualTo(2);
        assertThat(registry.get(DocketMeters.EXECUTION).tags("outcome", "dead").timer().count()).isEqualTo(1);
        assertThat(registry.get(DocketMeters.QUEUED).tags("queue", "work", "type", "test.work").timer().count()).isEqualTo(4);
        assertThat(registry.get(DocketMeters.QUEUED).timer().max(java.util.concurrent.TimeUnit.SECONDS))
                .as("the first attempts waited while the clock moved 3 s").isGreaterThanOrEqualTo(3);
        Set<String> tagKeys = registry.getMeters().stream().map(Meter::getId)
                .flatMap(id -> id.getTags().stream()).map(Tag::getKey).collect(Collectors.toSet());
        assertThat(tagKeys).containsOnly("queue", "type", "outcome");
    }

    @Test
    void withoutExecutionTimerLeavesItToTheObservation() {
        JobMetrics metrics = JobMetrics.create(registry).withoutExecutionTimer();
        assertThat(metrics.recordsExecutionTimer()).isFalse();
        try (DocketTestKit kit = kit(metrics)) {
            kit.docket().enqueue(new Work("ok"));
            kit.runDue();
        }
        assertThat(finished("succeeded")).isEqualTo(1);
        assertThat(registry.find(DocketMeters.EXECUTION).meters()).isEmpty();
    }

    private double finished(String outcome) {
        return registry.get(DocketMeters.FINISHED).tags("queue", "work", "type", "test.work", "outcome", outcome)
                .counter().count();
    }
}
