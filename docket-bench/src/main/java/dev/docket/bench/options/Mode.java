package dev.docket.bench.options;

import java.util.Locale;

/** What a bench run measures. */
public enum Mode {
    /** N jobs enqueued in bulk first, then drained: jobs/s of each phase. */
    DRAIN,
    /** A producer at a fixed rate while workers run: enqueue-to-start latency and throughput over time. */
    STEADY,
    /** Single jobs into an idle queue, one at a time: the wake-up latency. */
    IDLE,
    /** A large backlog waiting while slow workers chew on it: the heap it takes. */
    BACKLOG,
    /** No Docket: one-row commits at a fixed rate straight to PostgreSQL, the server's own latency over time. */
    COMMIT,
    /** Single enqueue calls from many threads at once, no workers: calls/s and each call's latency. */
    ENQUEUE;

    /**
     * The mode named {@code name} ({@code drain}, {@code steady}, {@code idle}, {@code backlog},
     * {@code commit}, {@code enqueue}).
     */
    public static Mode parse(String name) {
        for (Mode m : values()) {
            if (m.label().equals(name)) {
                return m;
            }
        }
        throw new UsageException("--mode must be drain, steady, idle, backlog, commit or enqueue, was '" + name + "'");
    }

    /** The name on the command line and in the JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
