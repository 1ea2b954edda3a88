package dev.docket.web.api;

import dev.docket.JobOptions;
import dev.docket.admin.ScheduleView;
import dev.docket.schedule.JobSchedule;
import dev.docket.web.json.Instants;
import dev.docket.web.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The schedule object of the API: its definition, as {@code PUT} takes it, plus its state and next runs. */
public final class ScheduleJsonView {
    private ScheduleJsonView() {
    }

    public static ObjectNode of(ScheduleView v) {
        JobSchedule s = v.schedule();
        ObjectNode o = Json.object();
        o.put("name", s.name());
        if (s.cron() != null) {
            o.put("cron", s.cron().toString());
        } else {
            o.put("everyMs", s.every().toMillis());
        }
        o.put("timezone", s.zone().getId());
        ObjectNode job = o.putObject("job");
        job.put("type", s.jobType());
        job.set("args", Json.parseStored(s.args() == null ? "{}" : s.args().toString()));
        JobOptions opts = s.options();
        if (opts.queue() != null) {
            job.put("queue", opts.queue());
        }
        if (opts.priority() != null) {
            job.put("priority", opts.priority());
        }
        if (opts.maxAttempts() != null) {
            job.put("maxAttempts", opts.maxAttempts());
        }
        if (opts.timeout() != null) {
            job.put("timeoutMs", opts.timeout().toMillis());
        }
        if (opts.backoff() != null) {
            ObjectNode b = job.putObject("backoff");
            b.put("initialMs", opts.backoff().initial().toMillis());
            b.put("maxMs", opts.backoff().max().toMillis());
        }
        ObjectNode meta = job.putObject("meta");
        opts.meta().forEach(meta::put);
        o.put("overlap", s.overlap().wireName());
        o.put("catchUp", s.catchUp().wireName());
        o.put("paused", v.paused());
        instant(o, "startAt", s.startAt());
        instant(o, "endAt", s.endAt());
        if (s.jitter() != null) {
            o.put("jitterMs", s.jitter().toMillis());
        } else {
            o.putNull("jitterMs");
        }
        ArrayNode next = o.putArray("nextRuns");
        v.nextRuns().forEach(t -> next.add(Instants.format(t)));
        instant(o, "lastRun", v.lastRun());
        if (v.lastJobId() != null) {
            o.put("lastJobId", v.lastJobId());
        } else {
            o.putNull("lastJobId");
        }
        instant(o, "createdAt", v.createdAt());
        instant(o, "updatedAt", v.updatedAt());
        return o;
    }

    private static void instant(ObjectNode o, String name, java.time.Instant at) {
        if (at == null) {
            o.putNull(name);
        } else {
            o.put(name, Instants.format(at));
        }
    }
}
