package dev.docket.admin;

import dev.docket.JobState;
import java.util.Set;

/**
 * Which jobs to list.
 *
 * @param states any of these ({@code empty} for all)
 * @param queue only this queue, or {@code null}
 * @param type only this type, or {@code null}
 * @param search text in the arguments or an error message, or {@code null}
 * @param limit page size, 1 to {@value #MAX_LIMIT}
 * @param cursor the {@link JobPage#nextCursor()} of the previous page, or {@code null}
 * @param worker only jobs held by this worker (a {@link ProcessView#id()} or an external worker's
 *     name), or {@code null}
 */
public record JobQuery(Set<JobState> states, String queue, String type, String search, int limit, String cursor,
                       String worker) {
    /** The largest page. */
    public static final int MAX_LIMIT = 1000;

    /** The default page size. */
    public static final int DEFAULT_LIMIT = 100;

    public JobQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ", was " + limit);
        }
    }

    /** A query of jobs held by any worker. */
    public JobQuery(Set<JobState> states, String queue, String type, String search, int limit, String cursor) {
        this(states, queue, type, search, limit, cursor, null);
    }

    /** Every job, first page, default size. */
    public static JobQuery all() {
        return new JobQuery(Set.of(), null, null, null, DEFAULT_LIMIT, null);
    }

    public JobQuery withStates(Set<JobState> value) {
        return new JobQuery(value, queue, type, search, limit, cursor, worker);
    }

    public JobQuery withQueue(String value) {
        return new JobQuery(states, value, type, search, limit, cursor, worker);
    }

    public JobQuery withType(String value) {
        return new JobQuery(states, queue, value, search, limit, cursor, worker);
    }

    public JobQuery withSearch(String value) {
        return new JobQuery(states, queue, type, value, limit, cursor, worker);
    }

    public JobQuery withLimit(int value) {
        return new JobQuery(states, queue, type, search, value, cursor, worker);
    }

    public JobQuery withCursor(String value) {
        return new JobQuery(states, queue, type, search, limit, value, worker);
    }

    public JobQuery withWorker(String value) {
        return new JobQuery(states, queue, type, search, limit, cursor, value);
    }
}
