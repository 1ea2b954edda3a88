package dev.docket.spring.boot;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Starts and stops the Docket bean with the application context, in phase {@link #PHASE}: after
 * ordinary lifecycle beans and before the web server on the way up; on the way down after the web
 * server has stopped taking requests (so no request enqueues into a stopped Docket), and before
 * the DataSource is closed, which happens only when every lifecycle bean has stopped. Stopping waits
 * up to the shutdown grace for running jobs, on the calling thread.
 *
 * <p>Start builds the Docket (so configuration errors fail the application's start) and, unless
 * {@code docket.worker.enabled=false}, starts its workers, maintenance and schedules.
 */
public final class DocketLifecycle implements SmartLifecycle {
    /** Below the web server's graceful shutdown ({@code DEFAULT_PHASE - 1024}) and its start/stop ({@code - 2048}). */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger log = LoggerFactory.getLogger(DocketLifecycle.class);

    private final SpringDocket docket;
    private final boolean workers;
    private final Duration grace;
    private volatile boolean running;

    DocketLifecycle(SpringDocket docket, boolean workers, Duration grace) {
        this.docket = docket;
        this.workers = workers;
        this.grace = grace;
    }

    @Override
    public void start() {
        docket.engine();
        if (workers) {
            docket.start();
        } else {
            log.info("Docket is enqueue-only in this process (docket.worker.enabled=false)");
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        docket.close(grace);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Whether this process runs workers (and so keeps a heartbeat in the process registry). */
    public boolean runsWorkers() {
        return workers && running;
    }
}
