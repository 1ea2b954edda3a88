package dev.docket.spi;

import java.time.Instant;
import java.util.List;

/** Cluster-wide queue state. A paused queue hands out no jobs to any process. */
public interface QueueStore {
    /** Pauses or resumes {@code queue} for every process. */
    void setPaused(String queue, boolean paused, Instant now);

    /** Every queue that has ever been paused or resumed, with its state. */
    List<QueueRecord> list();
}
