package dev.docket.micrometer;

import dev.docket.JobState;
import dev.docket.admin.DocketAdmin;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Objects;

/**
 * Gauges from the admin model: {@value DocketMeters#QUEUE_SIZE} (jobs per queue and state) and
 * {@value DocketMeters#QUEUE_LATENCY} (seconds the oldest available job has waited), for every queue
 * the store knows. The store is read at most once per refresh interval (default 5 s), however often
 * the registry is scraped; queues that appear later get their gauges at the next read.
 */
public final class QueueMetrics implements MeterBinder {
    /** How often the gauges re-read the store at most, unless told otherwise. */
    public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(5);

    private final DocketAdmin admin;
    private final Duration refresh;

    /** Gauges over {@code admin}, refreshed at most every {@link #DEFAULT_REFRESH}. */
    public QueueMetrics(DocketAdmin admin) {
        this(admin, DEFAULT_REFRESH);
    }

    /** Gauges over {@code admin}, refreshed at most every {@code refresh}. */
    public QueueMetrics(DocketAdmin admin, Duration refresh) {
        this.admin = Objects.requireNonNull(admin, "admin");
        if (refresh == null || refresh.isNegative()) {
            throw new IllegalArgumentException("queue metrics refresh must not be negative, was " + refresh);
        }
        this.refresh = refresh;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        QueueSnapshot[] holder = new QueueSnapshot[1];
        holder[0] = new QueueSnapshot(admin, refresh, System::nanoTime, queue -> bind(registry, holder[0], queue));
        holder[0].refreshIfStale();
    }

    private void bind(MeterRegistry registry, QueueSnapshot snapshot, String queue) {
        for (JobState state : JobState.values()) {
            Gauge.builder(DocketMeters.QUEUE_SIZE, snapshot, s -> s.count(queue, state))
                    .description("Jobs per queue and state")
                    .tags(DocketMeters.QUEUE, queue, DocketMeters.STATE, state.wireName())
                    .strongReference(true)
                    .register(registry);
        }
        Gauge.builder(DocketMeters.QUEUE_LATENCY, snapshot, s -> s.latencySeconds(queue))
                .description("How long the oldest available job of the queue has been due")
                .tags(DocketMeters.QUEUE, queue)
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
    }
}
