package dev.docket.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/** Names and keys of {@link DocketObservation#EXECUTION}; implement it to change them. */
public interface JobExecutionConvention extends ObservationConvention<JobExecutionContext> {
    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof JobExecutionContext;
    }
}
