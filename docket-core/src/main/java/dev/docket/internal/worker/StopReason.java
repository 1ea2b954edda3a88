package dev.docket.internal.worker;

/** Why a running attempt was told to stop before it finished. */
public enum StopReason {
    /** The job was cancelled: record {@code cancelled}. */
    CANCELLED,
    /** The attempt ran past its timeout: record a failure, retried per policy. */
    TIMED_OUT,
    /** This process no longer holds the lease: record nothing. */
    LEASE_LOST,
    /** The process is stopping and the grace period is over: hand the job back. */
    SHUTDOWN
}
