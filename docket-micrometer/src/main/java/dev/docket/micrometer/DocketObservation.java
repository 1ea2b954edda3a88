package dev.docket.micrometer;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/** Docket's observations and their keys, for documentation tools and custom conventions. */
public enum DocketObservation implements ObservationDocumentation {
    /** Storing jobs: a PRODUCER observation whose trace context travels in the jobs' metadata. */
    ENQUEUE {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultJobEnqueueConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return new KeyName[] {LowKeys.TYPE};
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return new KeyName[] {HighKeys.JOB_COUNT};
        }
    },

    /** Running one attempt: a CONSUMER observation, child of the enqueue that stored the job. */
    EXECUTION {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultJobExecutionConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return new KeyName[] {LowKeys.QUEUE, LowKeys.TYPE, LowKeys.OUTCOME};
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return new KeyName[] {HighKeys.JOB_ID, HighKeys.ATTEMPT};
        }
    };

    /** Bounded keys: they become metric tags as well as span attributes. */
    public enum LowKeys implements KeyName {
        /** The queue. */
        QUEUE {
            @Override
            public String asString() {
                return DocketMeters.QUEUE;
            }
        },
        /** The job type name ({@code mixed} for an enqueue of several types). */
        TYPE {
            @Override
            public String asString() {
                return DocketMeters.TYPE;
            }
        },
        /** How the attempt ended ({@code succeeded}, {@code failed}, {@code dead}, {@code cancelled}, {@code lease_lost}). */
        OUTCOME {
            @Override
            public String asString() {
                return DocketMeters.OUTCOME;
            }
        }
    }

    /** Unbounded keys: span attributes only, never metric tags. */
    public enum HighKeys implements KeyName {
        /** The job's id. */
        JOB_ID {
            @Override
            public String asString() {
                return "job.id";
            }
        },
        /** The attempt number. */
        ATTEMPT {
            @Override
            public String asString() {
                return "job.attempt";
            }
        },
        /** How many jobs one enqueue stored. */
        JOB_COUNT {
            @Override
            public String asString() {
                return "job.count";
            }
        }
    }
}
