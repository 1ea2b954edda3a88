package dev.docket.internal.support;

import dev.docket.DocketListener;
import dev.docket.ExecutionScope;
import dev.docket.JobEvent;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells every listener about an event; a listener that throws is logged and skipped. */
public final class Events {
    private static final Logger log = LoggerFactory.getLogger(Events.class);

    private final List<DocketListener> listeners;

    public Events(List<DocketListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    public boolean isEmpty() {
        return listeners.isEmpty();
    }

    public void emit(JobEvent event) {
        for (DocketListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                log.warn("listener {} failed on {} of job {}", l.getClass().getName(), event.kind(), event.jobId(), e);
            }
        }
    }

    /**
     * Opens every listener's execution scope; the returned scope tells those that are
     * {@link ExecutionScope}s how the attempt ended, and closes them all in reverse order.
     */
    public ExecutionScope openScopes(JobEvent started) {
        if (listeners.isEmpty()) {
            return null;
        }
        List<AutoCloseable> scopes = new ArrayList<>();
        for (DocketListener l : listeners) {
            try {
                AutoCloseable scope = l.aroundExecution(started);
                if (scope != null) {
                    scopes.add(scope);
                }
            } catch (RuntimeException e) {
                log.warn("listener {} failed to open a scope for job {}", l.getClass().getName(), started.jobId(), e);
            }
        }
        return scopes.isEmpty() ? null : new Scopes(scopes, started.jobId());
    }

    /** Several listeners' scopes as one. */
    private static final class Scopes implements ExecutionScope {
        private final List<AutoCloseable> scopes;
        private final String jobId;

        Scopes(List<AutoCloseable> scopes, String jobId) {
            this.scopes = scopes;
            this.jobId = jobId;
        }

        @Override
        public void attemptEnded(JobEvent.Kind outcome, Throwable error) {
            for (AutoCloseable s : scopes) {
                if (s instanceof ExecutionScope e) {
                    try {
                        e.attemptEnded(outcome, error);
                    } catch (RuntimeException ex) {
                        log.warn("listener scope failed to take the outcome of job {}", jobId, ex);
                    }
                }
            }
        }

        @Override
        public void close() {
            for (int i = scopes.size() - 1; i >= 0; i--) {
                try {
                    scopes.get(i).close();
                } catch (Exception e) {
                    log.warn("listener scope failed to close for job {}", jobId, e);
                }
            }
        }
    }
}
