package dev.docket;

/**
 * Hears job events, for metrics, tracing and logging. Called on Docket's threads: keep it quick and
 * never throw (exceptions are logged and ignored).
 */
@FunctionalInterface
public interface DocketListener {
    /** Called once per event. */
    void onEvent(JobEvent event);

    /**
     * Called just before a handler runs, on the thread that runs it; the returned scope is closed
     * when the attempt ends. Tracing integrations open a span here; a scope that is an
     * {@link ExecutionScope} is also told how the attempt ended.
     */
    default AutoCloseable aroundExecution(JobEvent started) {
        return null;
    }
}
