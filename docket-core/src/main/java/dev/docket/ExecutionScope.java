package dev.docket;

/**
 * A scope returned by {@link DocketListener#aroundExecution} that wants to know how the attempt
 * ended, e.g. to tag a tracing span with its outcome. Docket calls {@link #attemptEnded} once, on
 * the handler's thread, after the handler returned or threw and before {@link #close()}.
 */
public interface ExecutionScope extends AutoCloseable {
    /**
     * How the attempt ended, as this process classified it (the store records it just after).
     *
     * @param outcome {@link JobEvent.Kind#SUCCEEDED}, {@link JobEvent.Kind#FAILED} (to be retried),
     *     {@link JobEvent.Kind#DEAD}, {@link JobEvent.Kind#CANCELLED}, or
     *     {@link JobEvent.Kind#LEASE_LOST} when this process records nothing (the lease was lost, or
     *     the job is handed back because the process is stopping)
     * @param error what the handler threw, or {@code null}
     */
    void attemptEnded(JobEvent.Kind outcome, Throwable error);
}
