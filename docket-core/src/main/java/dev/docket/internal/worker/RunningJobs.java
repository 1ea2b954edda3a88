package dev.docket.internal.worker;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The attempts this process holds, by job id, and how many of them are suspects. */
public final class RunningJobs {
    private final Map<Long, RunningJob> byId = new ConcurrentHashMap<>();
    private final AtomicInteger suspects = new AtomicInteger();
    private final AtomicInteger awaitingWrite = new AtomicInteger();

    public void add(RunningJob job) {
        if (job.suspect()) {
            suspects.incrementAndGet();
        }
        RunningJob replaced = byId.put(job.job().id(), job);
        if (replaced != null && replaced.suspect()) {
            suspects.decrementAndGet();
        }
        if (replaced != null && replaced.isOutcomeSubmitted()) {
            awaitingWrite.decrementAndGet();
        }
    }

    /** Forgets {@code job} (only if that exact attempt is still the one registered). */
    public void remove(RunningJob job) {
        if (byId.remove(job.job().id(), job)) {
            if (job.suspect()) {
                suspects.decrementAndGet();
            }
            if (job.isOutcomeSubmitted()) {
                awaitingWrite.decrementAndGet();
            }
        }
    }

    /** Marks {@code job}'s outcome as handed to the completer; it counts as awaiting its write until removed. */
    public void outcomeSubmitted(RunningJob job) {
        if (!job.isOutcomeSubmitted()) {
            job.outcomeSubmitted();
            awaitingWrite.incrementAndGet();
            if (byId.get(job.job().id()) != job) {
                // already forgotten (or replaced): it will never be removed through this registry
                awaitingWrite.decrementAndGet();
            }
        }
    }

    /** Finished attempts whose outcome the completer has not written yet. */
    public int awaitingWrite() {
        return awaitingWrite.get();
    }

    /** Whether any held attempt is a suspect (see {@link SuspectIsolation}). */
    public boolean anySuspect() {
        return suspects.get() > 0;
    }

    public RunningJob get(long id) {
        return byId.get(id);
    }

    public Collection<RunningJob> all() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }

    /** How many attempts still have their handler running. */
    public int handlersRunning() {
        int n = 0;
        for (RunningJob j : byId.values()) {
            if (!j.handlerDone()) {
                n++;
            }
        }
        return n;
    }
}
