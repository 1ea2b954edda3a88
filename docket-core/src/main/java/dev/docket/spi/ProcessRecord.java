package dev.docket.spi;

import java.time.Instant;
import java.util.Map;

/**
 * A Docket process as it registers itself.
 *
 * @param id unique per process run
 * @param name a readable name (host and pid by default)
 * @param host the host name
 * @param pid the operating-system process id
 * @param startedAt when it started
 * @param heartbeatAt when it last reported (set by the store)
 * @param queues its queues and their concurrency
 * @param running how many jobs it is running
 * @param version Docket's version
 */
public record ProcessRecord(
        String id,
        String name,
        String host,
        long pid,
        Instant startedAt,
        Instant heartbeatAt,
        Map<String, Integer> queues,
        int running,
        String version) {

    public ProcessRecord {
        queues = queues == null ? Map.of() : Map.copyOf(queues);
    }
}
