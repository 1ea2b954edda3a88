package dev.docket.internal.maintenance;

import java.time.Duration;

/** One maintenance duty, run every {@link #interval()} by the leader. */
public interface MaintenanceTask {
    /** A short name for logs. */
    String name();

    /** How often the leader runs it. */
    Duration interval();

    /** Does the duty once; returns how many jobs or rows it touched. */
    int runOnce();
}
