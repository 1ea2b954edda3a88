package dev.docket.spi;

import java.time.Instant;

/**
 * A stored schedule.
 *
 * @param name its name
 * @param definitionJson the definition, as the runtime wrote it
 * @param paused whether it fires
 * @param handledUntil every tick at or before this is done (fired or dropped); {@code null} before the first
 * @param nextFireAt when the next tick is due, or {@code null} when it has none left
 * @param lastTick the latest tick that created a job, or {@code null}
 * @param lastJobId the job that tick created, or {@code null}
 * @param pendingTick a tick waiting for the previous run to finish (overlap {@code buffer}), or {@code null}
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record ScheduleRecord(
        String name,
        String definitionJson,
        boolean paused,
        Instant handledUntil,
        Instant nextFireAt,
        Instant lastTick,
        Long lastJobId,
        Instant pendingTick,
        Instant createdAt,
        Instant updatedAt) {
}
