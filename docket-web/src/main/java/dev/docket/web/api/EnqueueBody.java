package dev.docket.web.api;

import dev.docket.Backoff;
import dev.docket.JobOptions;
import dev.docket.JobRequest;
import dev.docket.JobType;
import dev.docket.Queues;
import dev.docket.RawJson;
import dev.docket.web.ApiException;
import dev.docket.web.json.Json;
import dev.docket.web.json.JsonFields;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Reads one job to enqueue, {@code {type, args?, queue?, priority?, runAt? | delayMs?, maxAttempts?,
 * backoff?: {initialMs, maxMs}, timeoutMs?, uniqueKey?, meta?}}, into a {@link JobRequest}. The
 * type is a name only: nothing in the body ever names a class, script or expression.
 */
final class EnqueueBody {
    static final List<String> FIELDS = List.of("type", "args", "queue", "priority", "runAt", "delayMs",
            "maxAttempts", "backoff", "timeoutMs", "uniqueKey", "meta");
    private static final long TEN_YEARS_MS = Duration.ofDays(3650).toMillis();
    private static final long THIRTY_DAYS_MS = Duration.ofDays(30).toMillis();

    private EnqueueBody() {
    }

    /** The request in {@code node}; {@code where} names it in messages ("" or "jobs[3]"). */
    static JobRequest read(JsonNode node, String where) {
        JsonFields f = JsonFields.of(node, where, FIELDS);
        String type = f.checkedString("type", JobType::checkName);
        if (type == null) {
            throw ApiException.invalid("missing field '" + f.name("type") + "'");
        }
        JsonNode args = f.raw("args");
        Instant runAt = f.instant("runAt");
        Long delayMs = f.longValue("delayMs", 0, TEN_YEARS_MS);
        if (runAt != null && delayMs != null) {
            throw ApiException.invalid("give either '" + f.name("runAt") + "' or '" + f.name("delayMs") + "', not both");
        }
        String uniqueKey = f.string("uniqueKey");
        if (uniqueKey != null && (uniqueKey.isEmpty() || uniqueKey.length() > 255)) {
            throw ApiException.invalid("field '" + f.name("uniqueKey") + "' must be 1-255 characters");
        }
        Consumer<JobOptions> common = options(f);
        return JobRequest.of(type, args == null ? null : new RawJson(Json.write(args))).with(o -> {
            common.accept(o);
            if (runAt != null) {
                o.runAt(runAt);
            }
            if (delayMs != null) {
                o.delay(Duration.ofMillis(delayMs));
            }
            if (uniqueKey != null) {
                o.uniqueKey(uniqueKey);
            }
        });
    }

    /**
     * Reads the options a job and a schedule's job template share ({@code queue}, {@code priority},
     * {@code maxAttempts}, {@code backoff}, {@code timeoutMs}, {@code meta}), checking each now, and
     * returns what applies them.
     */
    static Consumer<JobOptions> options(JsonFields f) {
        String queue = f.checkedString("queue", Queues::checkName);
        Integer priority = f.integer("priority", 0, 9);
        Integer maxAttempts = f.integer("maxAttempts", 1, 1000);
        Backoff backoff = backoff(f);
        Long timeoutMs = f.longValue("timeoutMs", 1, THIRTY_DAYS_MS);
        Map<String, String> meta = f.stringMap("meta", 64);
        if (meta != null) {
            meta.forEach((k, v) -> {
                if (k.isEmpty() || k.length() > 255 || v.length() > 4096) {
                    throw ApiException.invalid("field '" + f.name("meta") + "': keys must be 1-255 characters and "
                            + "values at most 4096 characters");
                }
            });
        }
        return o -> {
            if (queue != null) {
                o.queue(queue);
            }
            if (priority != null) {
                o.priority(priority);
            }
            if (maxAttempts != null) {
                o.maxAttempts(maxAttempts);
            }
            if (backoff != null) {
                o.backoff(backoff);
            }
            if (timeoutMs != null) {
                o.timeout(Duration.ofMillis(timeoutMs));
            }
            if (meta != null) {
                o.meta(meta);
            }
        };
    }

    private static Backoff backoff(JsonFields f) {
        JsonNode node = f.raw("backoff");
        if (node == null) {
            return null;
        }
        JsonFields b = JsonFields.of(node, f.name("backoff"), List.of("initialMs", "maxMs"));
        long initial = b.requiredLong("initialMs", 0, THIRTY_DAYS_MS);
        long max = b.requiredLong("maxMs", 0, THIRTY_DAYS_MS);
        if (max < initial) {
            throw ApiException.invalid("field '" + b.name("maxMs") + "' must not be less than '"
                    + b.name("initialMs") + "'");
        }
        return Backoff.exponential(Duration.ofMillis(initial), Duration.ofMillis(max));
    }
}
