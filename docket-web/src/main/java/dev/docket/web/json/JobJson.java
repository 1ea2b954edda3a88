package dev.docket.web.json;

import dev.docket.Job;
import dev.docket.JobError;
import dev.docket.admin.LeasedJob;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The job object of the contract, fields in the contract's order. Arguments, result and progress
 * are embedded as JSON values (the store holds them as checked JSON text).
 */
public final class JobJson {
    private JobJson() {
    }

    /** The job object. */
    public static ObjectNode of(Job job) {
        ObjectNode o = Json.object();
        o.put("id", job.id());
        o.put("type", job.type());
        o.put("queue", job.queue());
        o.put("priority", job.priority());
        o.put("state", job.state().wireName());
        raw(o, "args", job.argsJson());
        ObjectNode meta = o.putObject("meta");
        for (Map.Entry<String, String> e : job.meta().entrySet()) {
            meta.put(e.getKey(), e.getValue());
        }
        o.put("attempt", job.attempt());
        o.put("maxAttempts", job.maxAttempts());
        o.put("uniqueKey", job.uniqueKey());
        instant(o, "createdAt", job.createdAt());
        instant(o, "scheduledAt", job.scheduledAt());
        instant(o, "startedAt", job.startedAt());
        instant(o, "finishedAt", job.finishedAt());
        ArrayNode errors = o.putArray("errors");
        for (JobError e : job.errors()) {
            ObjectNode err = errors.addObject();
            err.put("attempt", e.attempt());
            instant(err, "at", e.at());
            err.put("message", e.message());
            err.put("stack", e.stack());
        }
        raw(o, "result", job.resultJson());
        raw(o, "progress", job.progressJson());
        return o;
    }

    /** A job handed to an external worker: the job object plus {@code "lease": {"attempt", "expiresAt"}}. */
    public static ObjectNode leased(LeasedJob leased) {
        ObjectNode o = of(leased.job());
        ObjectNode lease = o.putObject("lease");
        lease.put("attempt", leased.attempt());
        instant(lease, "expiresAt", leased.expiresAt());
        return o;
    }

    /**
     * Embeds stored JSON text as a value. Text that is not one well-formed JSON value (written into
     * the database by something other than Docket) is sent as a JSON string instead, so one bad row
     * can never make a whole response unreadable.
     */
    private static void raw(ObjectNode o, String name, String json) {
        if (json == null) {
            o.putNull(name);
            return;
        }
        try {
            JsonNode value = Json.parseStored(json);
            if (value == null || value.isMissingNode()) {
                o.put(name, json);
            } else {
                o.set(name, value);
            }
        } catch (IllegalStateException e) {
            o.put(name, json);
        }
    }

    static void instant(ObjectNode o, String name, Instant at) {
        if (at == null) {
            o.putNull(name);
        } else {
            o.put(name, Instants.format(at));
        }
    }
}
