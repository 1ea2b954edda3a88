package dev.docket.spi;

/**
 * Numbers about the store's own upkeep that no job query shows, for metrics and operators. A
 * PostgreSQL queue table turns over constantly: every claim and outcome leaves a dead row version
 * behind until vacuum removes it, and a long-open transaction anywhere in the database stops
 * vacuum, so dead rows pile up and claims slow down. Watching the dead-row count shows that
 * coming. Values are the database's own estimates; -1 means the store cannot tell.
 *
 * @param jobRows live rows of the job table, or -1
 * @param deadJobRows dead row versions of the job table not yet vacuumed, or -1
 */
public record StoreDiagnostics(long jobRows, long deadJobRows) {
    /** What a store that keeps no such statistics reports. */
    public static final StoreDiagnostics UNKNOWN = new StoreDiagnostics(-1, -1);

    public StoreDiagnostics {
        if (jobRows < -1 || deadJobRows < -1) {
            throw new IllegalArgumentException("diagnostics are counts or -1, were " + jobRows + " and " + deadJobRows);
        }
    }
}
