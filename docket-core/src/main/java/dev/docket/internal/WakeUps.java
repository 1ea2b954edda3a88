package dev.docket.internal;

import dev.docket.internal.support.Broadcast;
import dev.docket.internal.support.JobIds;
import dev.docket.internal.worker.RunningJob;
import dev.docket.internal.worker.RunningJobs;
import dev.docket.internal.worker.StopReason;
import dev.docket.internal.worker.WorkerPool;
import dev.docket.spi.Notifier;
import java.util.OptionalLong;

/**
 * Routes wake-ups to whoever waits: notifications from the store (other processes' enqueues,
 * pauses, cancels) and this process's own enqueues and staging. Jobs becoming available wake that
 * queue's worker and any external worker waiting in a long poll; a cancel stops the running attempt.
 */
final class WakeUps implements Notifier.Listener {
    private final RunningJobs running;
    private final Broadcast externalWaiters = new Broadcast();
    private volatile WorkerPool pool;

    WakeUps(RunningJobs running) {
        this.running = running;
    }

    void attach(WorkerPool workers) {
        this.pool = workers;
    }

    /** Jobs may be available on {@code queue}. */
    void jobsAvailable(String queue) {
        WorkerPool p = pool;
        if (p != null) {
            p.wake(queue);
        }
        externalWaiters.fire();
    }

    Broadcast externalWaiters() {
        return externalWaiters;
    }

    @Override
    public void onNotification(String topic, String payload) {
        if (Notifier.JOBS_AVAILABLE.equals(topic)) {
            jobsAvailable(payload);
        } else if (Notifier.CONTROL.equals(topic) && payload != null) {
            if (payload.startsWith("cancel:")) {
                OptionalLong id = JobIds.parse(payload.substring("cancel:".length()));
                RunningJob job = id.isPresent() ? running.get(id.getAsLong()) : null;
                if (job != null) {
                    job.stop(StopReason.CANCELLED);
                }
            } else if (payload.startsWith("resume:")) {
                jobsAvailable(payload.substring("resume:".length()));
            }
        }
    }
}
