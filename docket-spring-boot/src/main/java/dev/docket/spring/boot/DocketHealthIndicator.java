package dev.docket.spring.boot;

import dev.docket.Docket;
import dev.docket.admin.ProcessView;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Docket's health for Actuator: down when the store does not answer
 * ({@link dev.docket.admin.DocketAdmin#health()}) or, in a process that runs workers, when this
 * process's heartbeat in the registry ({@link dev.docket.admin.DocketAdmin#processes()}) is missing
 * or older than the lease (heartbeats come every third of it).
 */
public final class DocketHealthIndicator implements HealthIndicator {
    private final Docket docket;
    private final BooleanSupplier workers;
    private final Duration staleAfter;
    private final Clock clock;

    /**
     * @param docket the Docket to check
     * @param workers whether this process runs workers now (and so must keep a heartbeat)
     * @param staleAfter how old a heartbeat may be
     * @param clock the clock heartbeats are compared with
     */
    public DocketHealthIndicator(Docket docket, BooleanSupplier workers, Duration staleAfter, Clock clock) {
        this.docket = docket;
        this.workers = workers;
        this.staleAfter = staleAfter;
        this.clock = clock;
    }

    @Override
    public Health health() {
        dev.docket.admin.Health store = docket.admin().health();
        if (!store.up()) {
            return Health.down().withDetail("store", store.store()).withDetail("error", String.valueOf(store.detail())).build();
        }
        Health.Builder health = Health.up().withDetail("store", store.store());
        if (!workers.getAsBoolean()) {
            return health.withDetail("workers", "not running in this process").build();
        }
        String id = docket.processId();
        Optional<ProcessView> self = docket.admin().processes().stream().filter(p -> p.id().equals(id)).findFirst();
        if (self.isEmpty()) {
            return Health.down().withDetail("store", store.store()).withDetail("process", id)
                    .withDetail("error", "this process is missing from the process registry").build();
        }
        Duration age = Duration.between(self.get().heartbeatAt(), clock.instant());
        health.withDetail("process", id).withDetail("heartbeatAge", age.toString())
                .withDetail("running", self.get().running());
        if (age.compareTo(staleAfter) > 0) {
            return health.down().withDetail("error", "this process's heartbeat is older than " + staleAfter).build();
        }
        return health.build();
    }
}
