package dev.docket.memory;

import dev.docket.JobState;
import dev.docket.spi.Change;
import dev.docket.spi.JobFilter;
import dev.docket.spi.JobQueries;
import dev.docket.spi.JobRecord;
import dev.docket.spi.ListParams;
import dev.docket.spi.MinuteCount;
import dev.docket.spi.Notifier;
import dev.docket.spi.StateCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads and operator actions on the in-memory table. Listing and the bulk actions scan jobs in id
 * order (fine for a test and demo store); the dashboard's numbers come from the indexes.
 */
final class MemoryQueries implements JobQueries {
    private static final Set<JobState> RETRIABLE =
            EnumSet.of(JobState.DEAD, JobState.CANCELLED, JobState.RETRYABLE, JobState.SCHEDULED);
    private static final Set<JobState> CANCELLABLE =
            EnumSet.of(JobState.SCHEDULED, JobState.AVAILABLE, JobState.RETRYABLE);

    private final Guard guard;
    private final JobTable table;
    private final Notifier notifier;

    MemoryQueries(Guard guard, JobTable table, Notifier notifier) {
        this.guard = guard;
        this.table = table;
        this.notifier = notifier;
    }

    @Override
    public Optional<JobRecord> find(long id) {
        return guard.call("finding job " + id, () -> Optional.ofNullable(table.get(id)).map(MemJob::toRecord));
    }

    @Override
    public List<JobRecord> list(ListParams params) {
        return guard.call("listing jobs", () -> {
            List<JobRecord> out = new ArrayList<>();
            for (MemJob j : table.newestFirst(params.beforeId())) {
                if (JobMatcher.matches(j, params.filter())) {
                    out.add(j.toRecord());
                    if (out.size() == params.limit()) {
                        break;
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<StateCount> countByQueueAndState() {
        return guard.call("counting jobs", () -> table.counts().snapshot());
    }

    @Override
    public Map<String, Duration> queueLatency(Instant now) {
        Map<String, Instant> earliest = guard.call("measuring queue latency", () -> table.available().earliestRunAt());
        Map<String, Duration> out = new HashMap<>();
        earliest.forEach((q, runAt) -> out.put(q, runAt.isAfter(now) ? Duration.ZERO : Duration.between(runAt, now)));
        return out;
    }

    @Override
    public List<MinuteCount> finishedPerMinute(Duration window, Instant now) {
        return FinishedPerMinute.count(guard, table, now.minus(window));
    }

    @Override
    public Change retry(long id, Instant now) {
        String[] woken = new String[1];
        Change change = guard.call("retrying job " + id, () -> {
            MemJob j = table.get(id);
            if (j == null) {
                return Change.notFound();
            }
            if (!retryable(j)) {
                return Change.refused(j.state);
            }
            woken[0] = j.queue;
            return retry(j, now);
        });
        if (woken[0] != null) {
            notifier.publish(Notifier.JOBS_AVAILABLE, woken[0]);
        }
        return change;
    }

    /** Whether {@code retry} may move {@code j}: a retriable state, and its unique key is free. */
    private boolean retryable(MemJob j) {
        if (!RETRIABLE.contains(j.state)) {
            return false;
        }
        MemJob holder = j.uniqueKey == null ? null : table.keyHolder(j.uniqueKey);
        return holder == null || holder == j;
    }

    private Change retry(MemJob job, Instant now) {
        table.update(job, j -> {
            j.state = JobState.AVAILABLE;
            j.runAt = now;
            j.finishedAt = null;
            j.lostCount = 0;
            j.maxAttempts = Math.max(j.maxAttempts, j.attempt + 1);
        });
        return Change.applied(JobState.AVAILABLE);
    }

    @Override
    public Change cancel(long id, Instant now) {
        Change change = guard.call("cancelling job " + id, () -> {
            MemJob job = table.get(id);
            if (job == null) {
                return Change.notFound();
            }
            if (job.state == JobState.RUNNING) {
                job.cancelRequested = true;
                return Change.applied(JobState.RUNNING);
            }
            if (!CANCELLABLE.contains(job.state)) {
                return Change.refused(job.state);
            }
            table.update(job, j -> j.finish(JobState.CANCELLED, now));
            return Change.applied(JobState.CANCELLED);
        });
        if (change.equals(Change.applied(JobState.RUNNING))) {
            notifier.publish(Notifier.CONTROL, "cancel:" + id);
        }
        return change;
    }

    @Override
    public Change delete(long id) {
        return guard.call("deleting job " + id, () -> {
            MemJob job = table.get(id);
            if (job == null) {
                return Change.notFound();
            }
            if (job.state == JobState.RUNNING) {
                return Change.refused(JobState.RUNNING);
            }
            table.remove(job);
            return Change.applied(null);
        });
    }

    @Override
    public int retryMatching(JobFilter filter, int limit, Instant now) {
        List<String> queues = new ArrayList<>();
        int moved = guard.call("retrying matching jobs", () -> {
            List<MemJob> picked = matching(filter, limit, this::retryable);
            picked.forEach(j -> {
                retry(j, now);
                queues.add(j.queue);
            });
            return picked.size();
        });
        queues.stream().distinct().forEach(q -> notifier.publish(Notifier.JOBS_AVAILABLE, q));
        return moved;
    }

    @Override
    public int deleteMatching(JobFilter filter, int limit) {
        return guard.call("deleting matching jobs", () -> {
            List<MemJob> picked = matching(filter, limit, j -> j.state != JobState.RUNNING);
            picked.forEach(table::remove);
            return picked.size();
        });
    }

    /** Up to {@code limit} jobs, oldest first, matching {@code filter} and {@code allowed}. */
    private List<MemJob> matching(JobFilter filter, int limit, Predicate<MemJob> allowed) {
        List<MemJob> out = new ArrayList<>();
        for (MemJob j : table.oldestFirst()) {
            if (out.size() >= limit) {
                break;
            }
            if (JobMatcher.matches(j, filter) && allowed.test(j)) {
                out.add(j);
            }
        }
        return out;
    }
}
