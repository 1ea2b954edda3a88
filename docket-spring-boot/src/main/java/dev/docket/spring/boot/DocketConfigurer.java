package dev.docket.spring.boot;

import dev.docket.DocketBuilder;
import dev.docket.DocketListener;
import dev.docket.EnqueueInterceptor;
import dev.docket.JsonCodec;
import dev.docket.spring.DocketCustomizer;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Applies everything the application declares to a {@link DocketBuilder}, in this order: the
 * {@code docket.*} settings, the JSON codec, listener and interceptor beans, discovered handlers and
 * schedules, then the {@link DocketCustomizer}s. The production Docket and the test kit's are built
 * through it, so both see the same jobs; the kit skips the settings that concern a running process
 * (queues, timings, retention), since it keeps every job and runs them on demand.
 */
public final class DocketConfigurer {
    private final DocketProperties properties;
    private final Duration shutdownGrace;
    private final ObjectProvider<JsonCodec> json;
    private final ObjectProvider<DocketListener> listeners;
    private final ObjectProvider<EnqueueInterceptor> interceptors;
    private final ObjectProvider<DocketCustomizer> customizers;
    private final HandlerDiscovery discovery;

    DocketConfigurer(DocketProperties properties, Duration shutdownGrace, ObjectProvider<JsonCodec> json,
                     ObjectProvider<DocketListener> listeners, ObjectProvider<EnqueueInterceptor> interceptors,
                     ObjectProvider<DocketCustomizer> customizers, ConfigurableListableBeanFactory beans) {
        this.properties = properties;
        this.shutdownGrace = shutdownGrace;
        this.json = json;
        this.listeners = listeners;
        this.interceptors = interceptors;
        this.customizers = customizers;
        this.discovery = new HandlerDiscovery(beans);
    }

    /** How long running jobs get to finish when the application stops. */
    public Duration shutdownGrace() {
        return shutdownGrace;
    }

    /** Applies everything, for a Docket that runs in this process. */
    public void configure(DocketBuilder builder) {
        applyProcessSettings(builder);
        applyDeclarations(builder);
    }

    /** Applies the jobs, codec, listeners, interceptors and customizers, but no process settings. */
    public void configureForTestKit(DocketBuilder builder) {
        applyDeclarations(builder);
    }

    private void applyProcessSettings(DocketBuilder builder) {
        properties.getQueues().forEach((name, queue) -> builder.queue(name, queue.getConcurrency()));
        if (properties.getLease() != null) {
            builder.lease(properties.getLease());
        }
        if (properties.getPollInterval() != null) {
            builder.pollInterval(properties.getPollInterval());
        }
        DocketProperties.Retention r = properties.getRetention();
        builder.retention(r.getSucceeded(), r.getDead(), r.getCancelled());
        builder.shutdownGrace(shutdownGrace);
    }

    private void applyDeclarations(DocketBuilder builder) {
        json.ifAvailable(builder::json);
        listeners.orderedStream().forEach(builder::listener);
        interceptors.orderedStream().forEach(builder::enqueueInterceptor);
        discovery.registerAll(builder);
        customizers.orderedStream().forEach(c -> c.customize(builder));
    }
}
