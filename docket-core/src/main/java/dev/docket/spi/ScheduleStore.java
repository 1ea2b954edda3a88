package dev.docket.spi;

import java.util.List;
import java.util.Optional;

/**
 * Durable schedules and their firing state. A schedule's definition is JSON text the runtime
 * writes and reads; the store keeps the state that makes every tick fire at most once:
 * {@code handledUntil} (every tick up to it is done, fired or dropped), changed only by a
 * compare-and-set in {@link #fire}, and a unique (schedule, tick) key on the jobs ticks create.
 */
public interface ScheduleStore {
    /**
     * Creates a schedule, or updates its definition. A new schedule starts with the given
     * {@code handledUntil} and {@code nextFireAt}, unpaused unless {@code paused} says so. For an
     * existing one, {@code handledUntil} and {@code nextFireAt} are replaced only when
     * {@code resetTiming} is set (its timing changed), and {@code paused} only when not null.
     *
     * @return the stored schedule
     */
    ScheduleRecord upsert(UpsertScheduleParams params);

    /** The schedule named {@code name}, if any. */
    Optional<ScheduleRecord> find(String name);

    /** Every schedule, by name. */
    List<ScheduleRecord> list();

    /** Deletes the schedule (the jobs it created stay); returns whether it existed. */
    boolean delete(String name);

    /**
     * Pauses or resumes a schedule. Resuming sets {@code handledUntil} to {@code handledUntil} (so
     * ticks that passed while paused never fire) and {@code nextFireAt} as given.
     *
     * @return the schedule afterwards, or empty when it does not exist
     */
    Optional<ScheduleRecord> setPaused(PauseScheduleParams params);

    /**
     * Fires ticks in one transaction, only if the caller still leads (its leadership is unexpired
     * under that holder and term) and the schedule's {@code handledUntil} still equals the expected
     * value: inserts each tick's job (at most once per schedule and tick, ever) and moves the
     * schedule's state forward. Nothing is written unless everything is.
     */
    FireResult fire(FireParams params);
}
