package dev.docket.reliability.proc;

import dev.docket.reliability.ledger.LedgerWriter;
import dev.docket.reliability.worker.WorkerConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The worker processes of one run, by slot ({@code w1}, {@code w2}, …). A restarted slot gets a new
 * instance name ({@code w1.2}, {@code w1.3}) and its own ledger, so every ledger line names the
 * exact process that wrote it. Faults are written to {@code faults.ledger} as they are injected.
 */
public final class Cluster implements AutoCloseable {
    private final Path dir;
    private final WorkerConfig template;
    private final LedgerWriter faults;
    private final Map<String, WorkerProcess> slots = new LinkedHashMap<>();
    private final Map<String, Integer> generations = new LinkedHashMap<>();
    private final List<WorkerProcess> all = new ArrayList<>();

    /** @param template the settings every worker gets (its id and ledger are replaced per instance) */
    public Cluster(Path dir, WorkerConfig template) {
        this.dir = dir;
        this.template = template;
        this.faults = new LedgerWriter(dir.resolve("faults.ledger"));
    }

    /** Starts {@code n} workers, one slot each, in parallel, and waits until all are ready. */
    public List<WorkerProcess> start(int n) {
        List<WorkerProcess> started = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            started.add(launch("w" + (slots.size() + 1), template));
        }
        started.forEach(WorkerProcess::awaitReady);
        return started;
    }

    /** Starts one more worker with its own settings (e.g. a clock offset) and waits until it is ready. */
    public WorkerProcess start(WorkerConfig config) {
        WorkerProcess w = launch("w" + (slots.size() + 1), config);
        w.awaitReady();
        return w;
    }

    private WorkerProcess launch(String slot, WorkerConfig config) {
        int gen = generations.merge(slot, 1, Integer::sum);
        String id = gen == 1 ? slot : slot + "." + gen;
        WorkerProcess w = WorkerProcess.launch(config.withId(id, dir.resolve(id + ".ledger")));
        slots.put(slot, w);
        all.add(w);
        return w;
    }

    /** Restarts a slot whose process is gone, with the settings it had, and waits until ready. */
    public WorkerProcess restart(String slot) {
        WorkerProcess w = relaunch(slot);
        w.awaitReady();
        return w;
    }

    /** Restarts a slot whose process is gone without waiting for it to be ready. */
    public WorkerProcess relaunch(String slot) {
        return launch(slot, slots.get(slot).config());
    }

    /** {@code kill -9} of a random live worker; returns its slot. */
    public String killRandom() {
        List<String> live = slots.entrySet().stream().filter(e -> e.getValue().isAlive()).map(Map.Entry::getKey).toList();
        String slot = live.get(ThreadLocalRandom.current().nextInt(live.size()));
        kill(slot);
        return slot;
    }

    /**
     * {@code kill -9} of a slot's process, recorded as a fault from the signal to the exit; returns
     * the time the signal was sent.
     */
    public long kill(String slot) {
        WorkerProcess w = slots.get(slot);
        WorkerProcess.Window window = w.kill();
        fault("kill", w.id(), window.from(), window.to());
        return window.from();
    }

    /** Records a fault injected into a worker instance ({@code *}: every worker). */
    public void fault(String kind, String workerId, long from, long to) {
        faults.fault(kind, workerId, from, to);
    }

    /** The slot's current process. */
    public WorkerProcess get(String slot) {
        return slots.get(slot);
    }

    /** The slot whose current process has {@code pid}, if any. */
    public Optional<String> slotOfPid(long pid) {
        return slots.entrySet().stream().filter(e -> e.getValue().pid() == pid).map(Map.Entry::getKey).findFirst();
    }

    /** The slot whose current process instance is {@code id} (its process name), if any. */
    public Optional<String> slotOfId(String id) {
        return slots.entrySet().stream().filter(e -> e.getValue().id().equals(id)).map(Map.Entry::getKey).findFirst();
    }

    /** The slots, in order. */
    public List<String> slots() {
        return List.copyOf(slots.keySet());
    }

    /** Kills every process still running. */
    @Override
    public void close() {
        all.forEach(WorkerProcess::destroy);
        faults.close();
    }
}
