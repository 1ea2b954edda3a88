package dev.docket.spi;

import java.util.List;

/**
 * What {@link ScheduleStore#fire} did.
 *
 * @param status whether it fired
 * @param jobIds the created jobs, in the order of the firings (empty unless fired)
 */
public record FireResult(Status status, List<Long> jobIds) {
    public FireResult {
        jobIds = List.copyOf(jobIds);
    }

    /** Whether it fired. */
    public enum Status {
        /** Everything was written. */
        FIRED,
        /** The caller no longer leads: nothing written. */
        NOT_LEADER,
        /** The watermark moved (another firing, a pause, a redefinition) or the schedule is gone: nothing written. */
        STALE,
        /** A tick already had its job: nothing written. */
        DUPLICATE_TICK
    }

    public static FireResult of(Status status) {
        return new FireResult(status, List.of());
    }
}
