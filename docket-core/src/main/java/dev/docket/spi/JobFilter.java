package dev.docket.spi;

import dev.docket.JobState;
import java.util.Set;

/**
 * Which jobs a query or bulk action is about; {@code null} or empty parts match everything.
 *
 * @param states any of these states
 * @param queue exactly this queue
 * @param type exactly this type
 * @param search text contained in the arguments or in an error message (case-insensitive)
 * @param worker held by this worker
 */
public record JobFilter(Set<JobState> states, String queue, String type, String search, String worker) {
    /** Matches every job. */
    public static final JobFilter ALL = new JobFilter(Set.of(), null, null, null, null);

    public JobFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
        search = search == null || search.isBlank() ? null : search;
    }

    /** Jobs in the given states. */
    public static JobFilter states(JobState... states) {
        return new JobFilter(Set.of(states), null, null, null, null);
    }

    public JobFilter withQueue(String value) {
        return new JobFilter(states, value, type, search, worker);
    }

    public JobFilter withType(String value) {
        return new JobFilter(states, queue, value, search, worker);
    }

    public JobFilter withSearch(String value) {
        return new JobFilter(states, queue, type, value, worker);
    }

    public JobFilter withWorker(String value) {
        return new JobFilter(states, queue, type, search, value);
    }
}
