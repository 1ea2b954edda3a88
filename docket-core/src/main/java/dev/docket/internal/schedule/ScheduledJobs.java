package dev.docket.internal.schedule;

import dev.docket.JobOptions;
import dev.docket.JobRequest;
import dev.docket.schedule.JobSchedule;
import java.time.Instant;
import java.util.function.Consumer;

/** The job a schedule's tick creates: its template plus {@code meta.schedule} and {@code meta.tick}. */
final class ScheduledJobs {
    private ScheduledJobs() {
    }

    static JobRequest request(JobSchedule schedule, Instant tick, Consumer<JobOptions> extra) {
        return JobRequest.of(schedule.jobType(), schedule.args()).with(o -> {
            JobOptions t = schedule.options();
            if (t.queue() != null) {
                o.queue(t.queue());
            }
            if (t.priority() != null) {
                o.priority(t.priority());
            }
            if (t.maxAttempts() != null) {
                o.maxAttempts(t.maxAttempts());
            }
            if (t.timeout() != null) {
                o.timeout(t.timeout());
            }
            if (t.backoff() != null) {
                o.backoff(t.backoff());
            }
            o.meta(t.meta()).meta("schedule", schedule.name()).meta("tick", tick.toString());
            extra.accept(o);
        });
    }
}
