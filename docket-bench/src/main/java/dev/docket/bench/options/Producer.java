package dev.docket.bench.options;

/** Which Docket enqueues in the steady and idle modes. */
public enum Producer {
    /** The Docket that runs the workers: a local enqueue wakes them directly. */
    SAME,
    /**
     * A second Docket on the same store that is never started (like a web node): workers hear of
     * its jobs only through the store's notifications, or by polling.
     */
    SEPARATE;

    static Producer parse(String value) {
        return switch (value) {
            case "same" -> SAME;
            case "separate" -> SEPARATE;
            default -> throw new UsageException("--producer must be same or separate, was '" + value + "'");
        };
    }
}
