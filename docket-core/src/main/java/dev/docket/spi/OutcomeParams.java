package dev.docket.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Outcomes to record in one transaction.
 *
 * @param outcomes at most one per job
 * @param now the runtime's clock
 */
public record OutcomeParams(List<Outcome> outcomes, Instant now) {
    public OutcomeParams {
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(now, "now");
    }
}
