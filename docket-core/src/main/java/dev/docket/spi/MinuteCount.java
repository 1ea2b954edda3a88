package dev.docket.spi;

import dev.docket.JobState;
import java.time.Instant;

/**
 * How many jobs finished in one minute in one end state.
 *
 * @param minute the start of the minute (UTC)
 * @param state succeeded, dead or cancelled
 * @param count how many
 */
public record MinuteCount(Instant minute, JobState state, long count) {
}
