package dev.docket.cron;

import java.time.Instant;
import java.util.Optional;

/**
 * When a recurring job is due: the one question a scheduler asks of every kind of schedule.
 *
 * <p>Cron expressions bound to a zone ({@link CronSchedule}) and fixed-rate schedules
 * ({@link IntervalSchedule}) both implement this interface, so a scheduler can store, compare and
 * advance them without knowing which kind it holds. Implementations are immutable and thread-safe.
 */
public interface Schedule {

    /**
     * Returns the first firing instant strictly after {@code after}.
     *
     * <p>Strictness is what lets a scheduler iterate: feeding each result back in yields a strictly
     * increasing sequence that never repeats an instant.
     *
     * @param after the instant to search from, exclusive
     * @return the next firing, or empty if the schedule never fires again (or not within the
     *     implementation's documented search horizon)
     */
    Optional<Instant> next(Instant after);
}
