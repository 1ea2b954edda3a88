package dev.docket.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The registry of live Docket processes, for the dashboard and operators. */
public interface ProcessStore {
    /** Inserts or refreshes {@code process}, with its heartbeat at the store's now. */
    void heartbeat(ProcessRecord process, Instant now);

    /** Removes a process that stopped. */
    void remove(String id);

    /** Every registered process, oldest first. */
    List<ProcessRecord> list();

    /** Removes processes whose heartbeat is older than {@code staleAfter}; returns how many. */
    int reap(Duration staleAfter, Instant now);
}
