package dev.docket.micrometer;

import dev.docket.JobEvent;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import java.util.Map;
import java.util.Objects;

/**
 * The context of an {@link DocketObservation#EXECUTION} observation: the attempt's start event,
 * with the job's metadata as the carrier a tracing handler reads the producer's trace context from,
 * and the outcome once the attempt has ended.
 */
public final class JobExecutionContext extends ReceiverContext<Map<String, String>> {
    private final JobEvent started;
    private volatile JobEvent.Kind outcome;

    /** A context for the attempt that {@code started} announced. */
    public JobExecutionContext(JobEvent started) {
        super((carrier, key) -> carrier.get(key), Kind.CONSUMER);
        this.started = Objects.requireNonNull(started, "started");
        setCarrier(started.meta() == null ? Map.of() : started.meta());
        setRemoteServiceName("docket");
    }

    /** The attempt's start event (job id, type, queue, attempt, metadata). */
    public JobEvent started() {
        return started;
    }

    /** How the attempt ended, or {@code null} while it runs. */
    public JobEvent.Kind outcome() {
        return outcome;
    }

    void outcome(JobEvent.Kind value) {
        this.outcome = value;
    }
}
