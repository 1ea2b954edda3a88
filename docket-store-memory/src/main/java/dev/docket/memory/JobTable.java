package dev.docket.memory;

import dev.docket.JobState;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Every job by id, with the indexes the verbs read: available jobs in claim order, due jobs by run
 * time, running jobs by lease expiry, finished jobs by finish time, unique keys held by unfinished
 * jobs, and counts per queue and state. Not thread-safe: the store's {@link Guard} serialises use.
 */
final class JobTable {
    private final TreeMap<Long, MemJob> byId = new TreeMap<>();
    private final AvailableIndex available = new AvailableIndex();
    private final TimeIndex due = new TimeIndex(j -> j.runAt, MemJob.BY_RUN_AT);
    private final TimeIndex leases = new TimeIndex(j -> j.leaseExpiresAt, MemJob.BY_LEASE_EXPIRY);
    private final Map<JobState, TimeIndex> finished = new EnumMap<>(JobState.class);
    private final Map<String, MemJob> keyHolders = new HashMap<>();
    private final StateCounts counts = new StateCounts();
    private long lastId;

    JobTable() {
        for (JobState s : JobState.FINISHED) {
            finished.put(s, new TimeIndex(j -> j.finishedAt, MemJob.BY_FINISHED_AT));
        }
    }

    /** The id for the next job: larger than every earlier one. */
    long nextId() {
        return ++lastId;
    }

    MemJob get(long id) {
        return byId.get(id);
    }

    /** The unfinished job holding {@code uniqueKey}, or {@code null}. */
    MemJob keyHolder(String uniqueKey) {
        return keyHolders.get(uniqueKey);
    }

    void add(MemJob job) {
        byId.put(job.id, job);
        attach(job);
    }

    void remove(MemJob job) {
        detach(job);
        byId.remove(job.id);
    }

    /** Applies {@code change} to {@code job}, keeping every index in step. */
    void update(MemJob job, Consumer<MemJob> change) {
        detach(job);
        change.accept(job);
        attach(job);
    }

    /** Jobs with an id below {@code beforeId} (all when null), newest first. */
    Collection<MemJob> newestFirst(Long beforeId) {
        NavigableMap<Long, MemJob> view = beforeId == null ? byId : byId.headMap(beforeId, false);
        return view.descendingMap().values();
    }

    /** Every job, oldest first. */
    Collection<MemJob> oldestFirst() {
        return byId.values();
    }

    AvailableIndex available() {
        return available;
    }

    /** Scheduled and retryable jobs by run time. */
    TimeIndex due() {
        return due;
    }

    /** Running jobs by lease expiry. */
    TimeIndex leases() {
        return leases;
    }

    /** Jobs finished in {@code state} by finish time. */
    TimeIndex finished(JobState state) {
        return finished.get(state);
    }

    StateCounts counts() {
        return counts;
    }

    private void attach(MemJob job) {
        indexFor(job, true);
        counts.add(job);
        if (job.uniqueKey != null && !job.state.isFinished()) {
            keyHolders.put(job.uniqueKey, job);
        }
    }

    private void detach(MemJob job) {
        indexFor(job, false);
        counts.remove(job);
        if (job.uniqueKey != null && keyHolders.get(job.uniqueKey) == job) {
            keyHolders.remove(job.uniqueKey);
        }
    }

    private void indexFor(MemJob job, boolean add) {
        switch (job.state) {
            case AVAILABLE -> {
                if (add) {
                    available.add(job);
                } else {
                    available.remove(job);
                }
            }
            case SCHEDULED, RETRYABLE -> put(due, job, add);
            case RUNNING -> put(leases, job, add);
            default -> put(finished.get(job.state), job, add);
        }
    }

    private static void put(TimeIndex index, MemJob job, boolean add) {
        if (add) {
            index.add(job);
        } else {
            index.remove(job);
        }
    }
}
