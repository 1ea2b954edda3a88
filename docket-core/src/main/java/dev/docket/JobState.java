package dev.docket;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The states a job moves through. The legal moves live in one small table here, so every store
 * and the runtime agree on them; {@code docs/job-states.md} draws the diagram.
 *
 * <pre>
 *   scheduled ──(due)──▶ available ──(claimed)──▶ running ──▶ succeeded
 *       │                   ▲  ▲                    │  │ └──▶ dead (out of attempts, not retryable, lost 3 times)
 *       │                   │  └──(handed back, rescued)┘  └──▶ retryable ──(due)──▶ available
 *       └──▶ cancelled ◀────┴──── (cancel from any unfinished state)
 *   dead, cancelled, retryable ──(operator retry)──▶ available
 * </pre>
 */
public enum JobState {
    /** Waits for its {@code scheduledAt} time. */
    SCHEDULED,
    /** Ready to run; a worker may claim it. */
    AVAILABLE,
    /** Claimed by a worker that holds a lease on it. */
    RUNNING,
    /** Failed; waits for its next attempt. */
    RETRYABLE,
    /** Finished successfully. */
    SUCCEEDED,
    /** Out of attempts, failed with a non-retryable error, or lost with its worker too often. */
    DEAD,
    /** Cancelled by an operator or the application. */
    CANCELLED;

    private static final Map<JobState, Set<JobState>> MOVES = new EnumMap<>(JobState.class);

    static {
        MOVES.put(SCHEDULED, EnumSet.of(AVAILABLE, CANCELLED));
        MOVES.put(AVAILABLE, EnumSet.of(RUNNING, CANCELLED));
        MOVES.put(RUNNING, EnumSet.of(SUCCEEDED, RETRYABLE, DEAD, CANCELLED, AVAILABLE));
        MOVES.put(RETRYABLE, EnumSet.of(AVAILABLE, CANCELLED));
        MOVES.put(SUCCEEDED, EnumSet.noneOf(JobState.class));
        MOVES.put(DEAD, EnumSet.of(AVAILABLE));
        MOVES.put(CANCELLED, EnumSet.of(AVAILABLE));
    }

    /** States a job can be in before it has finished. */
    public static final Set<JobState> UNFINISHED = EnumSet.of(SCHEDULED, AVAILABLE, RUNNING, RETRYABLE);

    /** States a job ends in. */
    public static final Set<JobState> FINISHED = EnumSet.of(SUCCEEDED, DEAD, CANCELLED);

    /** Whether a job in this state may move to {@code next}. */
    public boolean canMoveTo(JobState next) {
        return MOVES.get(this).contains(next);
    }

    /** Whether this state is final (the job will not run again unless an operator retries it). */
    public boolean isFinished() {
        return FINISHED.contains(this);
    }

    /** The lower-case name used in JSON, URLs and the database, e.g. {@code "retryable"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a wire name such as {@code "available"} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static JobState parse(String name) {
        if (name != null) {
            for (JobState s : values()) {
                if (s.name().equalsIgnoreCase(name.trim())) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("unknown job state '" + name
                + "' (expected one of scheduled, available, running, retryable, succeeded, dead, cancelled)");
    }
}
