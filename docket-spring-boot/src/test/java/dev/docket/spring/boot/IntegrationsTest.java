package dev.docket.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.micrometer.JobMetrics;
import dev.docket.micrometer.ObservedEnqueue;
import dev.docket.micrometer.ObservedExecution;
import dev.docket.micrometer.QueueMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;

/** Metrics, observations and health switch on with what the application has. */
class IntegrationsTest {

    @Test
    void withAMeterRegistryJobAndQueueMetricsAreRecorded() {
        Fixtures.runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            assertThat(context).hasSingleBean(JobMetrics.class).hasSingleBean(QueueMetrics.class);
            assertThat(context.getBean(JobMetrics.class).recordsExecutionTimer()).isTrue();
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            context.getBean(QueueMetrics.class).bindTo(registry);
            context.getBean(dev.docket.Docket.class).enqueue("test.any", java.util.Map.of(), o -> o.queue("q1"));
            assertThat(registry.get("docket.jobs.enqueued").tags("queue", "q1", "type", "test.any").counter().count()).isEqualTo(1);
            assertThat(registry.get("docket.queue.size").tags("queue", "default", "state", "available").gauge()).isNotNull();
        });
    }

    @Test
    void theApplicationsOwnMetricsListenerWins() {
        JobMetrics mine = JobMetrics.create(new SimpleMeterRegistry());
        Fixtures.runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new).withBean(JobMetrics.class, () -> mine)
                .run(context -> assertThat(context.getBean(JobMetrics.class)).isSameAs(mine));
    }

    @Test
    void withoutMicrometerThereAreNoMeters() {
        Fixtures.runner().withClassLoader(new FilteredClassLoader(MeterRegistry.class, ObservationRegistry.class))
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(JobMetrics.class).doesNotHaveBean(QueueMetrics.class)
                            .doesNotHaveBean(ObservedExecution.class);
                });
    }

    @Test
    void withoutARegistryBeanThereAreNoMeters() {
        Fixtures.runner().run(context -> assertThat(context).doesNotHaveBean(JobMetrics.class).doesNotHaveBean(ObservedEnqueue.class));
    }

    @Test
    void withAnObservationRegistryJobsAreObservedAndTheTimerComesFromTheObservation() {
        Fixtures.runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(ObservationRegistry.class, TestObservationRegistry::create).run(context -> {
                    assertThat(context).hasSingleBean(ObservedEnqueue.class).hasSingleBean(ObservedExecution.class);
                    assertThat(context.getBean(JobMetrics.class).recordsExecutionTimer()).isFalse();
                });
    }

    @Test
    void theHealthIndicatorIsUpWithAFreshHeartbeat() {
        Fixtures.runner().run(context -> {
            DocketHealthIndicator health = context.getBean(DocketHealthIndicator.class);
            Await.until("the heartbeat is registered", () -> health.health().getStatus() == Status.UP);
            assertThat(health.health().getDetails()).containsKeys("store", "process", "heartbeatAge");
        });
    }

    @Test
    void withoutSpringBootHealthThereIsNoIndicator() {
        Fixtures.runner().withClassLoader(new FilteredClassLoader(HealthIndicator.class)).run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(DocketHealthIndicator.class));
    }

    @Test
    void theIndicatorCanBeSwitchedOff() {
        Fixtures.runner().withPropertyValues("management.health.docket.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(DocketHealthIndicator.class));
    }
}
