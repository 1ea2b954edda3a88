package dev.docket.spi;

import java.util.List;

/**
 * Which outcomes were recorded.
 *
 * @param applied recorded: the job was still running under that attempt
 * @param rejected not recorded: the attempt no longer held the job (stale)
 */
public record OutcomeResult(List<Outcome> applied, List<Outcome> rejected) {
    public OutcomeResult {
        applied = List.copyOf(applied);
        rejected = List.copyOf(rejected);
    }
}
