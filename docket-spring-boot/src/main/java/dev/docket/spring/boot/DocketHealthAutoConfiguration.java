package dev.docket.spring.boot;

import dev.docket.Docket;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code docket} health indicator, when Spring Boot's health support is on the class path and
 * {@code management.health.docket.enabled} is not false.
 */
@AutoConfiguration(after = DocketAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(Docket.class)
@ConditionalOnEnabledHealthIndicator("docket")
public class DocketHealthAutoConfiguration {
    private static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

    @Bean
    @ConditionalOnMissingBean(name = "docketHealthIndicator")
    DocketHealthIndicator docketHealthIndicator(Docket docket, ObjectProvider<DocketLifecycle> lifecycle,
                                                ObjectProvider<DocketProperties> properties) {
        DocketProperties p = properties.getIfAvailable();
        Duration lease = p != null && p.getLease() != null ? p.getLease() : DEFAULT_LEASE;
        return new DocketHealthIndicator(docket, () -> {
            DocketLifecycle l = lifecycle.getIfAvailable();
            return l != null && l.runsWorkers();
        }, lease, Clock.systemUTC());
    }
}
