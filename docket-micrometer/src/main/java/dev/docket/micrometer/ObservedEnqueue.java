package dev.docket.micrometer;

import dev.docket.EnqueueInterceptor;
import dev.docket.Enqueued;
import dev.docket.JobRequest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Observes each enqueue as a PRODUCER observation ({@code docket.job.enqueue}) and stores the trace
 * context a tracing handler injected for it (W3C {@code traceparent} and {@code tracestate} with
 * Micrometer Tracing's defaults) in every job's metadata, where {@link ObservedExecution} picks it
 * up. With no observation handlers registered it adds nothing and costs almost nothing.
 */
public final class ObservedEnqueue implements EnqueueInterceptor {
    private static final JobEnqueueConvention DEFAULT = new DefaultJobEnqueueConvention();

    private final ObservationRegistry registry;
    private final JobEnqueueConvention convention;

    /** Observes enqueues in {@code registry} with the default convention. */
    public ObservedEnqueue(ObservationRegistry registry) {
        this(registry, null);
    }

    /** Observes enqueues in {@code registry}; {@code convention} (may be null) overrides the default names. */
    public ObservedEnqueue(ObservationRegistry registry, JobEnqueueConvention convention) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.convention = convention;
    }

    @Override
    public List<Enqueued> intercept(List<JobRequest> requests, Next next) {
        if (registry.isNoop()) {
            return next.proceed(requests);
        }
        JobEnqueueContext context = new JobEnqueueContext(requests);
        Observation observation = Observation.createNotStarted(convention, DEFAULT, () -> context, registry).start();
        try (Observation.Scope scope = observation.openScope()) {
            Map<String, String> carrier = context.getCarrier();
            List<JobRequest> traced = carrier.isEmpty() ? requests
                    : requests.stream().map(r -> r.with(o -> o.meta(carrier))).toList();
            return next.proceed(traced);
        } catch (RuntimeException | Error e) {
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }
}
