package dev.docket.internal.worker;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stops attempts that ran past their deadline. One periodic check for all of them, no per-job timer. */
public final class Watchdog {
    private static final Logger log = LoggerFactory.getLogger(Watchdog.class);

    private final Clock clock;
    private final RunningJobs running;

    public Watchdog(Clock clock, RunningJobs running) {
        this.clock = clock;
        this.running = running;
    }

    /** Interrupts every attempt whose deadline has passed; returns how many. */
    public int tick() {
        Instant now = clock.instant();
        int stopped = 0;
        for (RunningJob j : running.all()) {
            Instant deadline = j.deadline();
            if (deadline != null && !j.handlerDone() && !now.isBefore(deadline) && j.stop(StopReason.TIMED_OUT)) {
                log.info("job {} attempt {} timed out; interrupting it", j.job().id(), j.job().attempt());
                stopped++;
            }
        }
        return stopped;
    }
}
