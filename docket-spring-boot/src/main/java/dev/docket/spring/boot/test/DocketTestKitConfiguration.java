package dev.docket.spring.boot.test;

import dev.docket.spring.boot.DocketConfigurer;
import dev.docket.spring.boot.SpringDocket;
import dev.docket.test.DocketTestKit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans {@link AutoConfigureDocketTestKit} adds: a {@link DocketTestKit} configured like the
 * application's Docket (handlers, schedules, listeners, customizers), and the {@code docket} bean
 * over the kit's Docket, which makes the auto-configured store, Docket and lifecycle step aside.
 * Usable directly with {@code @Import} as well.
 */
@Configuration(proxyBeanMethods = false)
public class DocketTestKitConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DocketTestKit docketTestKit(DocketConfigurer configurer) {
        return DocketTestKit.create(configurer::configureForTestKit);
    }

    @Bean
    SpringDocket docket(ObjectProvider<DocketTestKit> kit) {
        return SpringDocket.over(() -> kit.getObject().docket());
    }
}
