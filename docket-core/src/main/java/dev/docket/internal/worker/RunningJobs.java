package dev.docket.internal.worker;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The attempts this process holds, by job id. */
public final class RunningJobs {
    private final Map<Long, RunningJob> byId = new ConcurrentHashMap<>();

    public void add(RunningJob job) {
        byId.put(job.job().id(), job);
    }

    /** Forgets {@code job} (only if that exact attempt is still the one registered). */
    public void remove(RunningJob job) {
        byId.remove(job.job().id(), job);
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
