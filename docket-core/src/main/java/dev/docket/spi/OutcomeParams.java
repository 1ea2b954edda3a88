package dev.docket.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Outcomes to record in one transaction.
 *
 * @param outcomes at most one per job
 * @param now the runtime's clock
 * @param keepSucceeded whether a job that succeeds is kept (as {@code succeeded}, until the pruner
 *     deletes it); when {@code false} it is deleted with its error rows in the same write, as the
 *     pruner would delete it, because its succeeded retention is zero
 */
public record OutcomeParams(List<Outcome> outcomes, Instant now, boolean keepSucceeded) {
    public OutcomeParams {
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(now, "now");
    }

    /** Outcomes whose succeeded jobs are kept. */
    public OutcomeParams(List<Outcome> outcomes, Instant now) {
        this(outcomes, now, true);
    }
}
