package dev.docket.micrometer;

import dev.docket.JobEvent;
import io.micrometer.common.KeyValues;

/** Observation {@value DocketMeters#EXECUTION}, tagged with queue, type and outcome. */
public class DefaultJobExecutionConvention implements JobExecutionConvention {
    @Override
    public String getName() {
        return DocketMeters.EXECUTION;
    }

    @Override
    public String getContextualName(JobExecutionContext context) {
        return "process " + context.started().type();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(JobExecutionContext context) {
        JobEvent.Kind outcome = context.outcome();
        String value = outcome == null ? "unknown" : DocketMeters.outcome(outcome);
        return KeyValues.of(
                DocketObservation.LowKeys.QUEUE.withValue(context.started().queue()),
                DocketObservation.LowKeys.TYPE.withValue(context.started().type()),
                DocketObservation.LowKeys.OUTCOME.withValue(value));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(JobExecutionContext context) {
        return KeyValues.of(
                DocketObservation.HighKeys.JOB_ID.withValue(context.started().jobId()),
                DocketObservation.HighKeys.ATTEMPT.withValue(Integer.toString(context.started().attempt())));
    }
}
