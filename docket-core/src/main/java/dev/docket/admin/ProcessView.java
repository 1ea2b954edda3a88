package dev.docket.admin;

import java.time.Instant;
import java.util.Map;

/**
 * A Docket process sharing the store.
 *
 * @param id its id (also the worker name on the jobs it holds)
 * @param name a readable name
 * @param host its host
 * @param pid its process id
 * @param startedAt when it started
 * @param heartbeatAt when it last reported
 * @param queues its queues and their concurrency
 * @param running how many jobs it was running at its last report
 */
public record ProcessView(
        String id,
        String name,
        String host,
        long pid,
        Instant startedAt,
        Instant heartbeatAt,
        Map<String, Integer> queues,
        int running) {

    public ProcessView {
        queues = Map.copyOf(queues);
    }
}
