package dev.docket.reliability.ledger;

/**
 * A fault the harness injected.
 *
 * @param kind what: {@code kill}, {@code freeze}, {@code term}, {@code halt}, {@code db-down}
 * @param worker the worker process instance hit, or {@code *} for every worker
 * @param from when it began (ms since the epoch)
 * @param to when it ended (the same as {@code from} for a kill)
 */
public record Fault(String kind, String worker, long from, long to) {

    /** Whether this fault hit {@code workerId}. */
    public boolean hits(String workerId) {
        return worker.equals("*") || worker.equals(workerId);
    }
}
