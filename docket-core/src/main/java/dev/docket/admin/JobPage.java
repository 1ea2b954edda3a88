package dev.docket.admin;

import dev.docket.Job;
import java.util.List;

/**
 * One page of jobs.
 *
 * @param jobs the jobs, newest first
 * @param nextCursor pass it in the next query for the following page; {@code null} on the last
 */
public record JobPage(List<Job> jobs, String nextCursor) {
    public JobPage {
        jobs = List.copyOf(jobs);
    }
}
