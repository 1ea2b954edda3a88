package dev.docket.admin;

import dev.docket.Enqueued;
import dev.docket.schedule.JobSchedule;
import java.util.List;
import java.util.Optional;

/** Look at and steer schedules. */
public interface ScheduleAdmin {
    /** Every schedule, by name. */
    List<ScheduleView> schedules();

    /** The schedule named {@code name}. */
    Optional<ScheduleView> schedule(String name);

    /**
     * Creates or redefines a schedule. A redefinition that keeps the timing (expression or interval,
     * zone, start) keeps its firing state; one that changes it starts afresh from now.
     */
    ScheduleView putSchedule(JobSchedule schedule);

    /** Deletes a schedule (its jobs stay); whether it existed. */
    boolean deleteSchedule(String name);

    /** Stops it firing. */
    Optional<ScheduleView> pauseSchedule(String name);

    /** Lets it fire again from now on (ticks that passed while paused are not fired). */
    Optional<ScheduleView> resumeSchedule(String name);

    /** Enqueues its job now, outside its timing (metadata {@code trigger=manual}). */
    Optional<Enqueued> triggerSchedule(String name);
}
