package dev.docket.bench.peers;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of one peer drain, and its JSON line (the same keys as Docket's own drain, latency
 * {@code null} because a drain does not measure it).
 *
 * @param store the peer's database URL, password hidden
 * @param system the peer's name
 * @param jobs jobs enqueued and processed
 * @param enqueueNanos wall time of the enqueue phase
 * @param firstJobNanos wall time from starting the workers until the first job ran
 * @param processNanos wall time from starting the workers until the store showed every job done
 * @param cpuNanos CPU time of this JVM over both phases, or negative when unknown
 * @param commits transactions committed in the peer's database over both phases and shutdown
 * @param settings the peer's settings
 */
record DrainResult(String store, String system, int jobs, long enqueueNanos, long firstJobNanos, long processNanos,
        long cpuNanos, long commits, Map<String, Object> settings) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    double enqueuePerSec() {
        return perSecond(jobs, enqueueNanos);
    }

    double processPerSec() {
        return perSecond(jobs, processNanos);
    }

    double endToEndSec() {
        return (enqueueNanos + processNanos) / 1e9;
    }

    /** JVM CPU microseconds per job over the whole run, or {@code null} when unknown. */
    Double cpuMicrosPerJob() {
        return cpuNanos < 0 ? null : cpuNanos / 1e3 / jobs;
    }

    /** Commits per second over the whole run (enqueue and processing). */
    double commitsPerSec() {
        return perSecond(commits, enqueueNanos + processNanos);
    }

    /** The JSON line. */
    String toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("store", store);
        out.put("system", system);
        out.put("jobs", jobs);
        out.put("enqueuePerSec", Math.round(enqueuePerSec()));
        out.put("processPerSec", Math.round(processPerSec()));
        out.put("endToEndSec", round(endToEndSec(), 3));
        out.put("latencyP50Ms", null);
        out.put("latencyP99Ms", null);
        out.put("cpuMicrosPerJob", cpuMicrosPerJob() == null ? null : round(cpuMicrosPerJob(), 1));
        out.put("commitsPerSec", Math.round(commitsPerSec()));
        out.put("settings", settings);
        return JSON.writeValueAsString(out);
    }

    private static double perSecond(long count, long nanos) {
        return nanos <= 0 ? 0 : count * 1e9 / nanos;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
