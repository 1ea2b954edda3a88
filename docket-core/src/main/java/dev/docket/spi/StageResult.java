package dev.docket.spi;

import java.util.Set;

/**
 * What staging moved.
 *
 * @param count how many jobs became available
 * @param queues the queues they are on
 */
public record StageResult(int count, Set<String> queues) {
    public StageResult {
        queues = Set.copyOf(queues);
    }

    /** Nothing moved. */
    public static final StageResult NONE = new StageResult(0, Set.of());
}
