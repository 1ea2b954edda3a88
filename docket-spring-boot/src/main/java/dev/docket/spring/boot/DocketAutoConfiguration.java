package dev.docket.spring.boot;

import dev.docket.Docket;
import dev.docket.DocketBuilder;
import dev.docket.DocketListener;
import dev.docket.EnqueueInterceptor;
import dev.docket.JacksonJsonCodec;
import dev.docket.JsonCodec;
import dev.docket.spring.DocketCustomizer;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Docket in a Spring Boot application: a {@link Docket} bean on the store chosen by
 * {@code docket.store.*} (by default the application's DataSource), with every handler, schedule,
 * listener, interceptor and customizer the context declares, started and stopped by
 * {@link DocketLifecycle}. Every bean steps aside for one the application defines. Metrics,
 * tracing and health live in their own auto-configurations; a later dashboard mount will be another
 * one, conditional on its module and {@code docket.dashboard.enabled}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@ConditionalOnBooleanProperty(name = "docket.enabled", matchIfMissing = true)
@EnableConfigurationProperties(DocketProperties.class)
@Import({DocketAutoConfiguration.Openers.class, DocketAutoConfiguration.Engine.class})
public class DocketAutoConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DocketAutoConfiguration.class);
    private static final String PHASE_TIMEOUT = "spring.lifecycle.timeout-per-shutdown-phase";

    @Bean
    static QueueConcurrencyConverter docketQueueConcurrencyConverter() {
        return new QueueConcurrencyConverter();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnClass(JsonMapper.class)
    @ConditionalOnBean(JsonMapper.class)
    JsonCodec docketJsonCodec(JsonMapper mapper) {
        return JacksonJsonCodec.using(mapper);
    }

    @Bean
    @ConditionalOnMissingBean
    DocketConfigurer docketConfigurer(DocketProperties properties, Environment environment, ObjectProvider<JsonCodec> json,
                                      ObjectProvider<DocketListener> listeners, ObjectProvider<EnqueueInterceptor> interceptors,
                                      ObjectProvider<DocketCustomizer> customizers, ConfigurableListableBeanFactory beans) {
        return new DocketConfigurer(properties, shutdownGrace(properties, environment), json, listeners, interceptors,
                customizers, beans);
    }

    /** The grace period: {@code docket.shutdown.grace}, at most (and by default) the shutdown phase timeout. */
    static Duration shutdownGrace(DocketProperties properties, Environment environment) {
        Duration phase = Binder.get(environment).bind(PHASE_TIMEOUT, Duration.class).orElse(Duration.ofSeconds(30));
        Duration wanted = properties.getShutdown().getGrace();
        if (wanted == null) {
            return phase;
        }
        if (wanted.isNegative()) {
            throw new IllegalStateException("docket.shutdown.grace must not be negative, was " + wanted);
        }
        if (wanted.compareTo(phase) > 0) {
            log.warn("docket.shutdown.grace ({}) is longer than {} ({}); running jobs get {} to finish", wanted,
                    PHASE_TIMEOUT, phase, phase);
            return phase;
        }
        return wanted;
    }

    /** The store, the Docket bean and its lifecycle, unless the application defines its own Docket. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(Docket.class)
    static class Engine {
        @Bean
        @ConditionalOnMissingBean
        DocketStore docketStore(DocketProperties properties, ObjectProvider<DataSource> dataSource,
                                ObjectProvider<StoreOpeners.Postgres> postgres, ObjectProvider<StoreOpeners.Sqlite> sqlite,
                                ObjectProvider<StoreOpeners.Memory> memory) {
            DocketStore store = new StoreSelector(properties.getStore(), dataSource.getIfUnique(), postgres.getIfAvailable(),
                    sqlite.getIfAvailable(), memory.getIfAvailable()).open();
            if (store.sharedDataSource().isPresent()) {
                log.info("Docket stores jobs in {}: enqueues inside its transactions join them", store);
            } else {
                log.info("Docket stores jobs in {}: enqueues are stored at once, even inside a transaction", store);
            }
            return store;
        }

        @Bean
        @ConditionalOnMissingBean(Docket.class)
        SpringDocket docket(DocketStore store, DocketConfigurer configurer) {
            return new SpringDocket(() -> {
                DocketBuilder builder = Docket.builder().store(store.store());
                configurer.configure(builder);
                return builder.build();
            }, transactions(store));
        }

        @Bean
        @ConditionalOnMissingBean
        DocketLifecycle docketLifecycle(SpringDocket docket, DocketProperties properties, DocketConfigurer configurer) {
            return new DocketLifecycle(docket, properties.getWorker().isEnabled(), configurer.shutdownGrace());
        }

        private static EnqueueTransactions transactions(DocketStore store) {
            DataSource shared = store.sharedDataSource().orElse(null);
            if (shared == null) {
                return EnqueueTransactions.IMMEDIATE;
            }
            ClassLoader loader = DocketAutoConfiguration.class.getClassLoader();
            if (!ClassUtils.isPresent("org.springframework.jdbc.datasource.DataSourceUtils", loader)
                    || !ClassUtils.isPresent("org.springframework.transaction.support.TransactionSynchronizationManager", loader)) {
                log.warn("spring-jdbc is not on the class path: Docket's enqueues cannot join the application's transactions");
                return EnqueueTransactions.IMMEDIATE;
            }
            return new JdbcEnqueueTransactions(shared);
        }
    }

    /** One opener per store module present, so no store class is loaded that the application lacks. */
    @Configuration(proxyBeanMethods = false)
    @Import({Openers.Postgres.class, Openers.Sqlite.class, Openers.Memory.class})
    static class Openers {
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = {"dev.docket.postgres.PostgresStore", "org.postgresql.Driver"})
        static class Postgres {
            @Bean
            @ConditionalOnMissingBean
            StoreOpeners.Postgres docketPostgresOpener() {
                return new StoreOpeners.Postgres();
            }
        }

        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = {"dev.docket.sqlite.SqliteStore", "org.sqlite.JDBC"})
        static class Sqlite {
            @Bean
            @ConditionalOnMissingBean
            StoreOpeners.Sqlite docketSqliteOpener() {
                return new StoreOpeners.Sqlite();
            }
        }

        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "dev.docket.memory.MemoryStore")
        static class Memory {
            @Bean
            @ConditionalOnMissingBean
            StoreOpeners.Memory docketMemoryOpener() {
                return new StoreOpeners.Memory();
            }
        }
    }
}
