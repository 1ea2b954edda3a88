package dev.docket.spring.boot;

import dev.docket.Docket;
import dev.docket.micrometer.JobMetrics;
import dev.docket.micrometer.ObservedExecution;
import dev.docket.micrometer.QueueMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Docket's meters in the application's {@link MeterRegistry}: {@link JobMetrics} (counters and
 * timers from job events) and {@link QueueMetrics} (queue gauges, bound by Spring Boot like every
 * MeterBinder bean). When Docket's observations are on, the execution timer comes from the
 * {@code docket.job.execution} observation instead, so it is not recorded twice.
 */
@AutoConfiguration(after = {DocketAutoConfiguration.class, DocketObservationAutoConfiguration.class}, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, JobMetrics.class})
@ConditionalOnBean({MeterRegistry.class, Docket.class})
public class DocketMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JobMetrics docketJobMetrics(MeterRegistry registry, ObjectProvider<ObservedExecution> observations) {
        JobMetrics metrics = JobMetrics.create(registry);
        return observations.getIfAvailable() != null ? metrics.withoutExecutionTimer() : metrics;
    }

    @Bean
    @ConditionalOnMissingBean
    QueueMetrics docketQueueMetrics(Docket docket) {
        return new QueueMetrics(docket.admin());
    }
}
