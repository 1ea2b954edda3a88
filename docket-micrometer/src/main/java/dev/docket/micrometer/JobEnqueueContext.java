package dev.docket.micrometer;

import dev.docket.JobRequest;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.SenderContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The context of an {@link DocketObservation#ENQUEUE} observation. Its carrier is a map that a
 * tracing handler fills with the trace context ({@code traceparent}, {@code tracestate}) when the
 * observation starts; {@link ObservedEnqueue} copies it into every job's metadata.
 */
public final class JobEnqueueContext extends SenderContext<Map<String, String>> {
    private final List<JobRequest> requests;

    /** A context for one enqueued batch. */
    public JobEnqueueContext(List<JobRequest> requests) {
        super((carrier, key, value) -> carrier.put(key, value), Kind.PRODUCER);
        this.requests = List.copyOf(requests);
        setCarrier(new LinkedHashMap<>());
        setRemoteServiceName("docket");
    }

    /** The batch, each request naming its type. */
    public List<JobRequest> requests() {
        return requests;
    }

    /** The type of every request, or {@code mixed} when they differ. */
    public String typeName() {
        String first = requests.isEmpty() ? "none" : requests.get(0).type();
        for (JobRequest r : requests) {
            if (!r.type().equals(first)) {
                return "mixed";
            }
        }
        return first;
    }
}
