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
     * when the attempt ends. Tracing integrations open a span here.
     */
    default AutoCloseable aroundExecution(JobEvent started) {
        return null;
    }
}
