package dev.docket.memory;

import dev.docket.spi.ProcessRecord;
import dev.docket.spi.ProcessStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The registry of live processes, keyed by process id. */
final class MemoryProcesses implements ProcessStore {
    private static final Comparator<ProcessRecord> OLDEST_FIRST =
            Comparator.comparing(ProcessRecord::startedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(ProcessRecord::id);

    private final Guard guard;
    private final Map<String, ProcessRecord> processes = new HashMap<>();

    MemoryProcesses(Guard guard) {
        this.guard = guard;
    }

    @Override
    public void heartbeat(ProcessRecord p, Instant now) {
        if (p.id() == null || p.id().isBlank()) {
            throw new IllegalArgumentException("process id is empty");
        }
        ProcessRecord stored = new ProcessRecord(p.id(), p.name(), p.host(), p.pid(), p.startedAt(), now, p.queues(),
                p.running(), p.version());
        guard.run("recording the heartbeat of process " + p.id(), () -> processes.put(p.id(), stored));
    }

    @Override
    public void remove(String id) {
        guard.run("removing process " + id, () -> processes.remove(id));
    }

    @Override
    public List<ProcessRecord> list() {
        return guard.call("listing processes", () -> processes.values().stream().sorted(OLDEST_FIRST).toList());
    }

    @Override
    public int reap(Duration staleAfter, Instant now) {
        Instant cutoff = now.minus(staleAfter);
        return guard.call("reaping stale processes", () -> {
            int before = processes.size();
            processes.values().removeIf(p -> p.heartbeatAt().isBefore(cutoff));
            return before - processes.size();
        });
    }
}
