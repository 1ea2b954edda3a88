package dev.docket.web.api;

import dev.docket.JobType;
import dev.docket.RawJson;
import dev.docket.cron.CronParseException;
import dev.docket.schedule.CatchUp;
import dev.docket.schedule.JobSchedule;
import dev.docket.schedule.Overlap;
import dev.docket.web.ApiException;
import dev.docket.web.json.Json;
import dev.docket.web.json.JsonFields;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code PUT /schedules/{name}}: {@code {cron | everyMs, timezone?, job: {type, args?, queue?,
 * priority?, maxAttempts?, backoff?, timeoutMs?, meta?}, overlap?, catchUp?, paused?, startAt?,
 * endAt?, jitterMs?}} into a {@link JobSchedule}, naming the field in every refusal.
 */
final class ScheduleBody {
    static final List<String> FIELDS = List.of("cron", "everyMs", "timezone", "job", "overlap", "catchUp", "paused",
            "startAt", "endAt", "jitterMs");
    static final List<String> JOB_FIELDS = List.of("type", "args", "queue", "priority", "maxAttempts", "backoff",
            "timeoutMs", "meta");
    private static final long YEAR_MS = Duration.ofDays(366).toMillis();

    private ScheduleBody() {
    }

    static JobSchedule read(String name, JsonNode body) {
        try {
            JobSchedule.checkName(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("path parameter 'name': " + e.getMessage());
        }
        JsonFields f = JsonFields.of(body, "", FIELDS);
        String cron = f.string("cron");
        Long everyMs = f.longValue("everyMs", JobSchedule.MIN_INTERVAL.toMillis(), YEAR_MS);
        if ((cron == null) == (everyMs == null)) {
            throw ApiException.invalid("give exactly one of 'cron' and 'everyMs'");
        }
        JobSchedule.Builder b;
        if (cron != null) {
            try {
                b = JobSchedule.cron(name, cron);
            } catch (CronParseException e) {
                throw ApiException.invalid("field 'cron': " + e.getMessage());
            }
        } else {
            b = JobSchedule.every(name, Duration.ofMillis(everyMs));
        }
        String zone = f.string("timezone");
        if (zone != null) {
            try {
                b.zone(zone);
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("field 'timezone': '" + zone + "' is not an IANA time zone");
            }
        }
        readJob(f, b);
        String overlap = f.string("overlap");
        String catchUp = f.string("catchUp");
        try {
            if (overlap != null) {
                b.overlap(Overlap.parse(overlap));
            }
            if (catchUp != null) {
                b.catchUp(CatchUp.parse(catchUp));
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("field '" + (overlap != null && e.getMessage().contains("overlap") ? "overlap"
                    : "catchUp") + "': " + e.getMessage());
        }
        if (f.has("paused")) {
            b.paused(f.bool("paused", false));
        }
        Instant startAt = f.instant("startAt");
        Instant endAt = f.instant("endAt");
        b.startAt(startAt).endAt(endAt);
        Long jitterMs = f.longValue("jitterMs", 0, YEAR_MS);
        if (jitterMs != null) {
            b.jitter(Duration.ofMillis(jitterMs));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(e.getMessage());
        }
    }

    private static void readJob(JsonFields f, JobSchedule.Builder b) {
        JsonNode job = f.raw("job");
        if (job == null) {
            throw ApiException.invalid("missing field 'job'");
        }
        JsonFields j = JsonFields.of(job, "job", JOB_FIELDS);
        String type = j.checkedString("type", JobType::checkName);
        if (type == null) {
            throw ApiException.invalid("missing field 'job.type'");
        }
        JsonNode args = j.raw("args");
        b.job(type, args == null ? null : new RawJson(Json.write(args)), EnqueueBody.options(j));
    }
}
