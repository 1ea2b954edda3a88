package dev.docket.spi;

import java.util.Objects;

/**
 * A page of jobs, newest first.
 *
 * @param filter which jobs
 * @param beforeId only jobs with an id below this (the cursor), or {@code null} for the first page
 * @param limit the page size, at least 1
 */
public record ListParams(JobFilter filter, Long beforeId, int limit) {
    public ListParams {
        Objects.requireNonNull(filter, "filter");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}
