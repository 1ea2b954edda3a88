package dev.docket.internal.schedule;

import dev.docket.Backoff;
import dev.docket.JobOptions;
import dev.docket.JsonCodec;
import dev.docket.RawJson;
import dev.docket.schedule.CatchUp;
import dev.docket.schedule.JobSchedule;
import dev.docket.schedule.Overlap;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A schedule's definition as stored: the same shape as the HTTP API's {@code PUT /schedules/{name}}
 * body, with the job's arguments embedded as JSON.
 */
public final class ScheduleJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final JsonCodec json;

    public ScheduleJson(JsonCodec json) {
        this.json = json;
    }

    /** The definition of {@code s} as JSON text (without its name and paused flag, stored apart). */
    public String write(JobSchedule s) {
        ObjectNode root = MAPPER.createObjectNode();
        if (s.cron() != null) {
            root.put("cron", s.cron().toString());
        } else {
            root.put("everyMs", s.every().toMillis());
        }
        root.put("timezone", s.zone().getId());
        ObjectNode job = root.putObject("job");
        job.put("type", s.jobType());
        job.set("args", MAPPER.readTree(s.args() == null ? "{}" : json.encode(s.args())));
        JobOptions o = s.options();
        if (o.queue() != null) {
            job.put("queue", o.queue());
        }
        if (o.priority() != null) {
            job.put("priority", o.priority());
        }
        if (o.maxAttempts() != null) {
            job.put("maxAttempts", o.maxAttempts());
        }
        if (o.timeout() != null) {
            job.put("timeoutMs", o.timeout().toMillis());
        }
        if (o.backoff() != null) {
            ObjectNode b = job.putObject("backoff");
            b.put("initialMs", o.backoff().initial().toMillis());
            b.put("maxMs", o.backoff().max().toMillis());
        }
        if (!o.meta().isEmpty()) {
            ObjectNode meta = job.putObject("meta");
            o.meta().forEach(meta::put);
        }
        root.put("overlap", s.overlap().wireName());
        root.put("catchUp", s.catchUp().wireName());
        if (s.startAt() != null) {
            root.put("startAt", s.startAt().toString());
        }
        if (s.endAt() != null) {
            root.put("endAt", s.endAt().toString());
        }
        if (s.jitter() != null) {
            root.put("jitterMs", s.jitter().toMillis());
        }
        return MAPPER.writeValueAsString(root);
    }

    /** The schedule named {@code name} from its stored definition; its arguments come back as {@link RawJson}. */
    public JobSchedule read(String name, String definition) {
        JsonNode root = MAPPER.readTree(definition);
        JsonNode job = root.path("job");
        JobSchedule.Builder b = root.hasNonNull("cron")
                ? JobSchedule.cron(name, root.get("cron").asString())
                : JobSchedule.every(name, Duration.ofMillis(root.path("everyMs").asLong()));
        b.zone(root.path("timezone").asString("UTC"));
        Map<String, String> meta = new LinkedHashMap<>();
        job.path("meta").properties().forEach(e -> meta.put(e.getKey(), e.getValue().asString()));
        b.job(job.path("type").asString(), new RawJson(MAPPER.writeValueAsString(job.path("args"))), o -> {
            if (job.hasNonNull("queue")) {
                o.queue(job.get("queue").asString());
            }
            if (job.hasNonNull("priority")) {
                o.priority(job.get("priority").asInt());
            }
            if (job.hasNonNull("maxAttempts")) {
                o.maxAttempts(job.get("maxAttempts").asInt());
            }
            if (job.hasNonNull("timeoutMs")) {
                o.timeout(Duration.ofMillis(job.get("timeoutMs").asLong()));
            }
            if (job.hasNonNull("backoff")) {
                o.backoff(Backoff.exponential(Duration.ofMillis(job.get("backoff").path("initialMs").asLong()),
                        Duration.ofMillis(job.get("backoff").path("maxMs").asLong())));
            }
            o.meta(meta);
        });
        b.overlap(Overlap.parse(root.path("overlap").asString("allow")));
        b.catchUp(CatchUp.parse(root.path("catchUp").asString("one")));
        if (root.hasNonNull("startAt")) {
            b.startAt(Instant.parse(root.get("startAt").asString()));
        }
        if (root.hasNonNull("endAt")) {
            b.endAt(Instant.parse(root.get("endAt").asString()));
        }
        if (root.hasNonNull("jitterMs")) {
            b.jitter(Duration.ofMillis(root.get("jitterMs").asLong()));
        }
        return b.build();
    }

    /** Whether two schedules fire at the same times (so a redefinition keeps the firing state). */
    public static boolean sameTiming(JobSchedule a, JobSchedule b) {
        return java.util.Objects.equals(a.cron() == null ? null : a.cron().toString(),
                b.cron() == null ? null : b.cron().toString())
                && java.util.Objects.equals(a.every(), b.every())
                && a.zone().equals(b.zone())
                && java.util.Objects.equals(a.startAt(), b.startAt());
    }
}
