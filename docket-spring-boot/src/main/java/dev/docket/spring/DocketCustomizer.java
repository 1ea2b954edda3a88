package dev.docket.spring;

import dev.docket.DocketBuilder;

/**
 * Adjusts the {@link DocketBuilder} after the auto-configuration has applied the {@code docket.*}
 * properties and registered the discovered handlers: for settings without a property (backoff,
 * default timeout, extra handlers, listeners built by hand). Customizer beans run in their
 * {@link org.springframework.core.annotation.Order} order. Setting the store here is not supported:
 * use the {@code docket.store.*} properties or a {@code DocketStore} bean, so that enqueues know
 * whether they can join the application's transactions.
 */
@FunctionalInterface
public interface DocketCustomizer {
    /** Adjusts {@code builder}. */
    void customize(DocketBuilder builder);
}
