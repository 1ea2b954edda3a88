package dev.docket;

/**
 * Thrown by {@link JobContext#checkCancelled()} when the attempt should stop: the job was
 * cancelled, timed out, lost its lease, or the process is stopping. Handlers normally let it
 * propagate; the runtime then records the right outcome.
 */
public class JobCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JobCancelledException(String message) {
        super(message);
    }
}
