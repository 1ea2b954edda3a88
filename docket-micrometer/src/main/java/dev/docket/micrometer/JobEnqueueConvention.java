package dev.docket.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/** Names and keys of {@link DocketObservation#ENQUEUE}; implement it to change them. */
public interface JobEnqueueConvention extends ObservationConvention<JobEnqueueContext> {
    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof JobEnqueueContext;
    }
}
