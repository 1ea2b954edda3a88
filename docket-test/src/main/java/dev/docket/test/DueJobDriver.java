package dev.docket.test;

import dev.docket.JobState;
import dev.docket.internal.DocketRuntime;
import dev.docket.internal.RuntimeParts;
import dev.docket.internal.maintenance.MaintenanceTask;
import dev.docket.internal.worker.RunningJob;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.JobFilter;
import dev.docket.spi.ListParams;
import dev.docket.spi.ScheduleRecord;
import java.time.Instant;
import dev.docket.spi.JobRecord;
import dev.docket.spi.StateCount;
import dev.docket.spi.Store;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs due jobs of a Docket that was never started, one attempt at a time, through the same
 * runner, completer and maintenance duties the background threads use. Each attempt runs on a
 * helper thread so that the deadline check can interrupt a handler that advanced the manual clock
 * past its timeout and then blocked.
 */
final class DueJobDriver {
    private static final int MAX_ROUNDS = 100_000;
    private static final Duration LEASE = Duration.ofHours(1);

    private final Store store;
    private final RuntimeParts parts;
    private final ManualClock clock;
    private final Set<String> handled;

    DueJobDriver(DocketRuntime runtime, ManualClock clock) {
        this.store = runtime.settings().store();
        this.parts = runtime.parts();
        this.clock = clock;
        this.handled = runtime.settings().types().handledNames();
    }

    int runDue() {
        int attempts = 0;
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "docket-test-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                parts.elector().tick();
                parts.maintenanceTasks().forEach(MaintenanceTask::runOnce);
                List<JobRecord> claimed = claim();
                if (claimed.isEmpty()) {
                    return attempts;
                }
                for (JobRecord job : claimed) {
                    runOne(thread, job);
                    attempts++;
                }
            }
            throw new AssertionError("jobs kept becoming due after " + MAX_ROUNDS + " rounds: a job that enqueues"
                    + " itself without a delay?");
        } finally {
            thread.shutdownNow();
        }
    }

    /**
     * The earliest moment after now and before {@code target} at which something becomes due: a
     * schedule's next tick or a scheduled or retryable job's run time; {@code null} if none.
     */
    Instant nextStopBefore(Instant target) {
        Instant now = clock.instant();
        Instant best = null;
        for (ScheduleRecord s : store.schedules().list()) {
            Instant t = s.nextFireAt();
            if (!s.paused() && t != null && t.isAfter(now) && t.isBefore(target) && (best == null || t.isBefore(best))) {
                best = t;
            }
        }
        JobFilter waiting = JobFilter.states(JobState.SCHEDULED, JobState.RETRYABLE);
        for (JobRecord j : store.queries().list(new ListParams(waiting, null, 10_000))) {
            Instant t = j.runAt();
            if (t != null && t.isAfter(now) && t.isBefore(target) && (best == null || t.isBefore(best))) {
                best = t;
            }
        }
        return best;
    }

    private List<JobRecord> claim() {
        if (handled.isEmpty()) {
            return List.of();
        }
        Set<String> queues = new TreeSet<>();
        for (StateCount c : store.queries().countByQueueAndState()) {
            if (c.state() == JobState.AVAILABLE) {
                queues.add(c.queue());
            }
        }
        if (queues.isEmpty()) {
            return List.of();
        }
        return store.jobs().claim(new ClaimParams(List.copyOf(queues), handled, Set.of(), 1, LEASE, "test-kit",
                clock.instant()));
    }

    private void runOne(ExecutorService thread, JobRecord job) {
        RunningJob running = new RunningJob(job, clock.instant().plus(LEASE));
        parts.running().add(running);
        Future<?> done = thread.submit(() -> parts.runner().run(running));
        while (true) {
            try {
                done.get(10, TimeUnit.MILLISECONDS);
                break;
            } catch (TimeoutException e) {
                parts.watchdog().tick();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while running job " + job.id(), e);
            } catch (ExecutionException e) {
                throw new AssertionError("running job " + job.id() + " failed inside Docket", e.getCause());
            }
        }
        parts.completer().flush();
    }
}
