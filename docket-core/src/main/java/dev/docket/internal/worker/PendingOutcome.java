package dev.docket.internal.worker;

import dev.docket.spi.Outcome;
import java.time.Duration;

/**
 * An outcome on its way to the store, with what the events need once it is recorded.
 *
 * @param running the attempt
 * @param outcome what to record
 * @param runTime how long the handler ran
 * @param error the handler's exception, or {@code null}
 */
record PendingOutcome(RunningJob running, Outcome outcome, Duration runTime, Throwable error) {
}
