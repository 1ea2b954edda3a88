package dev.docket.memory;

import dev.docket.spi.Notifier;
import dev.docket.spi.QueueRecord;
import dev.docket.spi.QueueStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Paused and resumed queues. Claims read {@link #isPaused} under the same lock, so a pause is seen
 * by every claim that starts after it returns.
 */
final class MemoryQueues implements QueueStore {
    private final Guard guard;
    private final Notifier notifier;
    private final Map<String, QueueRecord> queues = new TreeMap<>();

    MemoryQueues(Guard guard, Notifier notifier) {
        this.guard = guard;
        this.notifier = notifier;
    }

    @Override
    public void setPaused(String queue, boolean paused, Instant now) {
        if (queue == null || queue.isBlank()) {
            throw new IllegalArgumentException("queue name is empty");
        }
        guard.run(paused ? "pausing queue " + queue : "resuming queue " + queue,
                () -> queues.put(queue, new QueueRecord(queue, paused, now)));
        notifier.publish(Notifier.CONTROL, (paused ? "pause:" : "resume:") + queue);
    }

    @Override
    public List<QueueRecord> list() {
        return guard.call("listing queues", () -> List.copyOf(queues.values()));
    }

    /** Whether {@code queue} is paused; call with the store's lock held. */
    boolean isPaused(String queue) {
        QueueRecord r = queues.get(queue);
        return r != null && r.paused();
    }
}
