package dev.docket.admin;

import dev.docket.schedule.JobSchedule;
import java.time.Instant;
import java.util.List;

/**
 * A stored schedule as the admin model shows it.
 *
 * @param schedule its definition (arguments as {@link dev.docket.RawJson})
 * @param paused whether it fires
 * @param lastRun the latest tick that created a job, or {@code null}
 * @param lastJobId that job's id, or {@code null}
 * @param nextRuns the next (up to) 5 fire times
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record ScheduleView(JobSchedule schedule, boolean paused, Instant lastRun, String lastJobId,
                           List<Instant> nextRuns, Instant createdAt, Instant updatedAt) {
    public ScheduleView {
        nextRuns = List.copyOf(nextRuns);
    }

    public String name() {
        return schedule.name();
    }
}
