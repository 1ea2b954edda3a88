package dev.docket.micrometer;

import dev.docket.DocketListener;
import dev.docket.ExecutionScope;
import dev.docket.JobEvent;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * Observes each attempt as a CONSUMER observation ({@value DocketMeters#EXECUTION}) around the
 * handler, on the handler's thread, so whatever the handler does (JDBC, HTTP calls, logs) lands in
 * it. A tracing handler continues the trace found in the job's metadata ({@link ObservedEnqueue}
 * put it there), so the attempt's span is a child of the enqueue's. The outcome becomes the
 * {@code outcome} key and the handler's exception the observation's error.
 */
public final class ObservedExecution implements DocketListener {
    private static final JobExecutionConvention DEFAULT = new DefaultJobExecutionConvention();

    private final ObservationRegistry registry;
    private final JobExecutionConvention convention;

    /** Observes attempts in {@code registry} with the default convention. */
    public ObservedExecution(ObservationRegistry registry) {
        this(registry, null);
    }

    /** Observes attempts in {@code registry}; {@code convention} (may be null) overrides the default names. */
    public ObservedExecution(ObservationRegistry registry, JobExecutionConvention convention) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.convention = convention;
    }

    @Override
    public void onEvent(JobEvent event) {
    }

    @Override
    public AutoCloseable aroundExecution(JobEvent started) {
        if (registry.isNoop()) {
            return null;
        }
        JobExecutionContext context = new JobExecutionContext(started);
        Observation observation = Observation.createNotStarted(convention, DEFAULT, () -> context, registry).start();
        Observation.Scope scope = observation.openScope();
        return new ExecutionScope() {
            @Override
            public void attemptEnded(JobEvent.Kind outcome, Throwable error) {
                context.outcome(outcome);
                if (error != null) {
                    observation.error(error);
                }
            }

            @Override
            public void close() {
                try {
                    scope.close();
                } finally {
                    observation.stop();
                }
            }
        };
    }
}
