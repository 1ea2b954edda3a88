package dev.docket.admin;

import dev.docket.Job;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Look at and steer jobs, queues, schedules and processes. Thread-safe. */
public interface DocketAdmin extends ScheduleAdmin {
    /** The job with this id, if it exists (an id that is not a Docket id simply finds nothing). */
    Optional<Job> job(String id);

    /** A page of jobs, newest first. */
    JobPage jobs(JobQuery query);

    /** Counts per state, per queue, and recent throughput. */
    Stats stats();

    /** Every known queue: those with jobs, those configured here, those ever paused. */
    List<QueueView> queues();

    /** Stops handing out {@code queue}'s jobs, in every process. */
    void pauseQueue(String queue);

    /** Starts handing out {@code queue}'s jobs again, in every process. */
    void resumeQueue(String queue);

    /** A dead, cancelled or retryable job (or a scheduled one: "run now") becomes available now. */
    ActionResult retry(String id);

    /** Not yet running: cancelled. Running: its handler is asked to stop, then it is cancelled. */
    ActionResult cancel(String id);

    /** Removes a job that is not running. */
    ActionResult delete(String id);

    /** Retries every job matching {@code query} (its limit and cursor are ignored); returns how many. */
    int retryAll(JobQuery query);

    /** Deletes every job matching {@code query} that is not running; returns how many. */
    int deleteAll(JobQuery query);

    /** Jobs finished per minute over the last {@code window} (at most a day), oldest first. */
    List<Throughput> throughput(Duration window);

    /** The Docket processes sharing this store. */
    List<ProcessView> processes();

    /** Whether the store answers. */
    Health health();
}
