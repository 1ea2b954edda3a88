package dev.docket.reliability.ledger;

/**
 * One line of a worker's ledger about an attempt.
 *
 * @param kind {@code S} (started), {@code E} (handler ended), {@code O} (the store recorded the
 *     outcome) or {@code L} (the runtime reported the lease lost)
 * @param jobId the job
 * @param attempt the attempt (fencing token) the line is about
 * @param worker the worker process instance that wrote it
 * @param at when, in milliseconds since the epoch (the harness machine's real clock)
 * @param outcome for ends: {@code done}, {@code stopped} or {@code failed}; else empty
 */
public record Entry(char kind, String jobId, int attempt, String worker, long at, String outcome) {

    /** Whether this is an end whose handler completed its work (its side effect happened). */
    public boolean completed() {
        return kind == 'E' && outcome.equals("done");
    }
}
