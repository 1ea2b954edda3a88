package dev.docket.micrometer;

import io.micrometer.common.KeyValues;

/** Observation {@code docket.job.enqueue}, tagged with the job type. */
public class DefaultJobEnqueueConvention implements JobEnqueueConvention {
    /** The observation's name. */
    public static final String NAME = "docket.job.enqueue";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(JobEnqueueContext context) {
        return "enqueue " + context.typeName();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(JobEnqueueContext context) {
        return KeyValues.of(DocketObservation.LowKeys.TYPE.withValue(context.typeName()));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(JobEnqueueContext context) {
        return KeyValues.of(DocketObservation.HighKeys.JOB_COUNT.withValue(Integer.toString(context.requests().size())));
    }
}
