package dev.docket.reliability.worker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a worker process is set up, passed on its command line as {@code key=value} pairs so a
 * harness can read the exact command from the process list. Timings left out keep Docket's
 * defaults (lease 30 s, poll 1 s, shutdown grace 30 s).
 *
 * @param store the store URL
 * @param ledger the worker's own ledger file
 * @param id this process instance's name in the ledgers (a restarted worker gets a new one)
 * @param concurrency handler threads for the {@code default} queue
 * @param lease the lease, or {@code null} for the default
 * @param poll the poll interval, or {@code null} for the default
 * @param grace the shutdown grace period, or {@code null} for the default
 * @param clockOffset how far this process's clock is off (positive: ahead)
 * @param claimUnknownTypes whether workers take jobs of types with no handler here
 * @param schedule whether to declare the every-second {@code rel.tick} schedule
 */
public record WorkerConfig(String store, Path ledger, String id, int concurrency, Duration lease, Duration poll,
                           Duration grace, Duration clockOffset, boolean claimUnknownTypes, boolean schedule) {

    /** A config with the defaults for everything but the store, ledger and id. */
    public static WorkerConfig of(String store, Path ledger, String id) {
        return new WorkerConfig(store, ledger, id, 16, null, null, null, Duration.ZERO, false, false);
    }

    public WorkerConfig withId(String newId, Path newLedger) {
        return new WorkerConfig(store, newLedger, newId, concurrency, lease, poll, grace, clockOffset,
                claimUnknownTypes, schedule);
    }

    public WorkerConfig withConcurrency(int n) {
        return new WorkerConfig(store, ledger, id, n, lease, poll, grace, clockOffset, claimUnknownTypes, schedule);
    }

    public WorkerConfig withTimings(Duration newLease, Duration newPoll, Duration newGrace) {
        return new WorkerConfig(store, ledger, id, concurrency, newLease, newPoll, newGrace, clockOffset,
                claimUnknownTypes, schedule);
    }

    public WorkerConfig withClockOffset(Duration offset) {
        return new WorkerConfig(store, ledger, id, concurrency, lease, poll, grace, offset, claimUnknownTypes,
                schedule);
    }

    public WorkerConfig withClaimUnknownTypes(boolean claim) {
        return new WorkerConfig(store, ledger, id, concurrency, lease, poll, grace, clockOffset, claim, schedule);
    }

    public WorkerConfig withSchedule(boolean declare) {
        return new WorkerConfig(store, ledger, id, concurrency, lease, poll, grace, clockOffset, claimUnknownTypes,
                declare);
    }

    /** The command-line arguments that {@link #parse} reads back. */
    public List<String> toArgs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("store", store);
        m.put("ledger", ledger.toString());
        m.put("id", id);
        m.put("concurrency", Integer.toString(concurrency));
        if (lease != null) {
            m.put("lease", lease.toString());
        }
        if (poll != null) {
            m.put("poll", poll.toString());
        }
        if (grace != null) {
            m.put("grace", grace.toString());
        }
        m.put("clockOffset", clockOffset.toString());
        m.put("claimUnknownTypes", Boolean.toString(claimUnknownTypes));
        m.put("schedule", Boolean.toString(schedule));
        return m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    /**
     * Reads {@code key=value} arguments.
     *
     * @throws IllegalArgumentException naming a malformed or missing argument
     */
    public static WorkerConfig parse(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got '" + a + "'");
            }
            m.put(a.substring(0, eq), a.substring(eq + 1));
        }
        for (String required : List.of("store", "ledger", "id")) {
            if (!m.containsKey(required)) {
                throw new IllegalArgumentException("missing argument " + required + "=...");
            }
        }
        return new WorkerConfig(m.get("store"), Path.of(m.get("ledger")), m.get("id"),
                Integer.parseInt(m.getOrDefault("concurrency", "16")), duration(m.get("lease")),
                duration(m.get("poll")), duration(m.get("grace")),
                m.containsKey("clockOffset") ? Duration.parse(m.get("clockOffset")) : Duration.ZERO,
                Boolean.parseBoolean(m.getOrDefault("claimUnknownTypes", "false")),
                Boolean.parseBoolean(m.getOrDefault("schedule", "false")));
    }

    private static Duration duration(String text) {
        return text == null ? null : Duration.parse(text);
    }
}
