package dev.docket.internal.worker;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The attempts this process holds, by job id, and how many of them are suspects. */
public final class RunningJobs {
    private final Map<Long, RunningJob> byId = new ConcurrentHashMap<>();
    private final AtomicInteger suspects = new AtomicInteger();
    private final AtomicInteger awaitingWrite = new AtomicInteger();
    private final List<Runnable> noSuspectsListeners = new CopyOnWriteArrayList<>();

    /**
     * Runs {@code listener} each time the last suspect held here is forgotten: the claims held
     * back while it ran may go on at once instead of at the next poll.
     */
    public void onNoSuspects(Runnable listener) {
        noSuspectsListeners.add(listener);
    }

    public void add(RunningJob job) {
        if (job.suspect()) {
            suspects.incrementAndGet();
        }
        byId.compute(job.job().id(), (id, replaced) -> {
            if (replaced != null) {
                forgotten(replaced);
            }
            return job;
        });
    }

    /** Forgets {@code job} (only if that exact attempt is still the one registered). */
    public void remove(RunningJob job) {
        byId.computeIfPresent(job.job().id(), (id, held) -> {
            if (held != job) {
                return held;
            }
            forgotten(job);
            return null;
        });
    }

    /**
     * Marks {@code job}'s outcome as handed to the completer; while registered it counts as awaiting
     * its write. Marking and counting happen under the map's lock for that id, as does forgetting,
     * so a concurrent removal never sees the mark without the count.
     */
    public void outcomeSubmitted(RunningJob job) {
        RunningJob held = byId.computeIfPresent(job.job().id(), (id, h) -> {
            if (h == job && !job.isOutcomeSubmitted()) {
                job.outcomeSubmitted();
                awaitingWrite.incrementAndGet();
            }
            return h;
        });
        if (held != job) {
            job.outcomeSubmitted();
        }
    }

    /**
     * Undoes what an attempt added to the counts, and tells the listeners when it was the last
     * suspect; called under the map's lock for its id (the listeners only wake claim loops).
     */
    private void forgotten(RunningJob job) {
        if (job.isOutcomeSubmitted()) {
            awaitingWrite.decrementAndGet();
        }
        if (job.suspect() && suspects.decrementAndGet() == 0) {
            noSuspectsListeners.forEach(Runnable::run);
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
