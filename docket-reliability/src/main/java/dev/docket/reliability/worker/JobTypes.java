package dev.docket.reliability.worker;

import dev.docket.JobType;
import dev.docket.schedule.CatchUp;
import dev.docket.schedule.JobSchedule;

/** The job types of the battery and their arguments. */
public final class JobTypes {
    /**
     * A unit of work: sleeps {@code ms}, then "does its work" (writes its end line). A stubborn one
     * ignores interruption, as a handler stuck in a non-interruptible call would.
     */
    public record Work(long n, int ms, boolean stubborn) {
    }

    /** What a work attempt returns, stored as the job's result: who did it, and which attempt. */
    public record Done(String worker, int attempt) {
    }

    /** Arguments of the tick and halt jobs (none). */
    public record Empty() {
    }

    /** Arguments with a fixed shape, for the malformed-payload jobs. */
    public record Strict(int n, String name) {
    }

    public static final JobType<Work> WORK = JobType.of("rel.work", Work.class);
    public static final JobType<Empty> HALT = JobType.of("rel.halt", Empty.class);
    public static final JobType<Empty> TICK = JobType.of("rel.tick", Empty.class);
    public static final JobType<Strict> STRICT = JobType.of("rel.strict", Strict.class);

    /** Fires {@code rel.tick} every second; every missed tick is fired late (catch-up all). */
    public static final JobSchedule EVERY_SECOND = JobSchedule.cron("rel-every-second", "* * * * * *")
            .job(TICK.name(), null).catchUp(CatchUp.ALL).build();

    private JobTypes() {
    }
}
