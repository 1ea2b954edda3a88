package dev.docket.internal.support;

import dev.docket.DocketListener;
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

    /** Opens every listener's execution scope; the returned scope closes them in reverse order. */
    public AutoCloseable openScopes(JobEvent started) {
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
        if (scopes.isEmpty()) {
            return null;
        }
        return () -> {
            for (int i = scopes.size() - 1; i >= 0; i--) {
                try {
                    scopes.get(i).close();
                } catch (Exception e) {
                    log.warn("listener scope failed to close for job {}", started.jobId(), e);
                }
            }
        };
    }
}
