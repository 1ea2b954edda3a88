package dev.docket.micrometer;

import dev.docket.DocketListener;
import dev.docket.JobEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts and times jobs from their events: {@value DocketMeters#ENQUEUED},
 * {@value DocketMeters#FINISHED}, {@value DocketMeters#EXECUTION} and {@value DocketMeters#QUEUED}
 * (see {@link DocketMeters}). Meters are looked up once per tag combination and kept, so the
 * per-event cost is a map read and an increment.
 *
 * <p>When {@link ObservedExecution} runs with a registry that turns observations into timers (as
 * Spring Boot's does), that observation already records {@value DocketMeters#EXECUTION}: build this
 * listener {@link #withoutExecutionTimer()} then, so the timer is not recorded twice.
 */
public final class JobMetrics implements DocketListener {
    private final MeterRegistry registry;
    private final boolean executionTimer;
    private final Map<Key, Counter> enqueued = new ConcurrentHashMap<>();
    private final Map<Key, Counter> finished = new ConcurrentHashMap<>();
    private final Map<Key, Timer> execution = new ConcurrentHashMap<>();
    private final Map<Key, Timer> queued = new ConcurrentHashMap<>();

    private JobMetrics(MeterRegistry registry, boolean executionTimer) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.executionTimer = executionTimer;
    }

    /** A listener recording every meter into {@code registry}. */
    public static JobMetrics create(MeterRegistry registry) {
        return new JobMetrics(registry, true);
    }

    /** This listener without the {@value DocketMeters#EXECUTION} timer (an observation records it). */
    public JobMetrics withoutExecutionTimer() {
        return new JobMetrics(registry, false);
    }

    /** Whether this listener records {@value DocketMeters#EXECUTION}. */
    public boolean recordsExecutionTimer() {
        return executionTimer;
    }

    @Override
    public void onEvent(JobEvent event) {
        switch (event.kind()) {
            case ENQUEUED:
                enqueued.computeIfAbsent(new Key(event.queue(), event.type(), null), k -> Counter.builder(DocketMeters.ENQUEUED)
                        .description("Jobs stored").tags(DocketMeters.QUEUE, k.queue, DocketMeters.TYPE, k.type)
                        .register(registry)).increment();
                break;
            case STARTED:
                if (event.queueTime() != null) {
                    queued.computeIfAbsent(new Key(event.queue(), event.type(), null), k -> Timer.builder(DocketMeters.QUEUED)
                            .description("Time jobs waited between becoming due and starting")
                            .tags(DocketMeters.QUEUE, k.queue, DocketMeters.TYPE, k.type)
                            .register(registry)).record(event.queueTime());
                }
                break;
            case SUCCEEDED:
            case FAILED:
            case DEAD:
            case CANCELLED:
                attemptEnded(event);
                break;
            default:
                break;
        }
    }

    private void attemptEnded(JobEvent event) {
        Key key = new Key(event.queue(), event.type(), DocketMeters.outcome(event.kind()));
        finished.computeIfAbsent(key, k -> Counter.builder(DocketMeters.FINISHED)
                .description("Attempts that ended, by outcome (failed: will be retried)")
                .tags(DocketMeters.QUEUE, k.queue, DocketMeters.TYPE, k.type, DocketMeters.OUTCOME, k.outcome)
                .register(registry)).increment();
        if (executionTimer && event.runTime() != null) {
            execution.computeIfAbsent(key, k -> Timer.builder(DocketMeters.EXECUTION)
                    .description("How long attempts ran")
                    .tags(DocketMeters.QUEUE, k.queue, DocketMeters.TYPE, k.type, DocketMeters.OUTCOME, k.outcome)
                    .register(registry)).record(event.runTime());
        }
    }

    /** One tag combination. */
    private record Key(String queue, String type, String outcome) {
    }
}
