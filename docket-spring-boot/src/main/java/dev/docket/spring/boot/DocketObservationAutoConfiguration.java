package dev.docket.spring.boot;

import dev.docket.Docket;
import dev.docket.micrometer.JobEnqueueConvention;
import dev.docket.micrometer.JobExecutionConvention;
import dev.docket.micrometer.ObservedEnqueue;
import dev.docket.micrometer.ObservedExecution;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Docket's observations on the application's {@link ObservationRegistry}: enqueues carry the trace
 * context in the jobs' metadata and each attempt continues it, so with Micrometer Tracing a job's
 * span is a child of the request that enqueued it. Conventions beans
 * ({@link JobEnqueueConvention}, {@link JobExecutionConvention}) rename or retag them.
 */
@AutoConfiguration(after = DocketAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ObservationRegistry.class, ObservedExecution.class})
@ConditionalOnBean({ObservationRegistry.class, Docket.class})
public class DocketObservationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ObservedEnqueue docketObservedEnqueue(ObservationRegistry registry, ObjectProvider<JobEnqueueConvention> convention) {
        return new ObservedEnqueue(registry, convention.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    ObservedExecution docketObservedExecution(ObservationRegistry registry,
                                              ObjectProvider<JobExecutionConvention> convention) {
        return new ObservedExecution(registry, convention.getIfAvailable());
    }
}
