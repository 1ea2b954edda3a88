package dev.docket.dashboard.support;

import dev.docket.Docket;
import dev.docket.admin.ExternalWorkers;
import dev.docket.schedule.JobSchedule;
import dev.docket.spi.InsertParams;
import dev.docket.spi.NewJob;
import dev.docket.spi.Store;
import dev.docket.spi.UpsertScheduleParams;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Script-injection attempts, each of which sets {@code window.__xss} (or calls {@code alert}) if a
 * page ever lets it run, placed wherever jobs and schedules carry text: arguments (keys and values),
 * error messages and stack traces, metadata, results, progress, type and queue names (written
 * straight into the store, as a client that skipped the checks might), and schedules.
 */
public final class XssCorpus {
    public static final List<String> PAYLOADS = List.of(
            "<script>window.__xss='p1'</script>",
            "\"><img src=x onerror=\"window.__xss='p2'\">",
            "'><svg onload=window.__xss='p3'>",
            "javascript:window.__xss='p4'",
            "</textarea><script>window.__xss='p5'</script>",
            "<svg/onload=alert('p6')>",
            "\" autofocus onfocus=\"window.__xss='p7'\" x=\"",
            "{{constructor.constructor('window.__xss=\"p8\"')()}}",
            "</code></pre><img src=x onerror=window.__xss='p9'>",
            "<a href=\"javascript:window.__xss='p10'\">click me</a>",
            "<iframe srcdoc=\"<script>parent.__xss='p11'</script>\"></iframe>",
            "<details open ontoggle=window.__xss='p12'>",
            "${window.__xss='p13'}",
            "--><script>window.__xss='p14'</script><!--",
            "<div hx-post=\"/queues/default/pause\" hx-trigger=\"load\">p15</div>",
            "<math><mi xlink:href=\"javascript:window.__xss='p16'\">x</mi></math>",
            "<base href=\"//evil.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss='p18'\">");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private XssCorpus() {
    }

    /** The payloads that hold characters HTML must escape (the others are harmless as text). */
    public static List<String> markup() {
        return PAYLOADS.stream().filter(p -> p.matches("(?s).*[<>\"'].*")).toList();
    }

    /**
     * Seeds {@code store} (the one {@code docket} runs on) with the corpus; returns the ids of the jobs
     * made, so each job page can be visited.
     */
    public static List<String> seed(Docket docket, Store store) {
        Seed seed = new Seed(docket);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String p = PAYLOADS.get(i);
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("value", p);
            args.put(p, List.of(p));
            String json = JSON.writeValueAsString(args);
            String type = "xss.t" + i;
            ids.add(seed.dead(type, json, "xss", p, p + "\n\tat " + p));
            ids.add(seed.job(type, json, o -> o.queue("xss").meta(p, p).meta("note", p)
                    .delay(Duration.ofHours(1)).uniqueKey(p)));
            ids.add(seed.succeeded(type + ".ok", json, "xss", JSON.writeValueAsString(Map.of("result", p))));
            String running = seed.running(type + ".run", json, "xss", "worker " + p);
            progress(docket, running, JSON.writeValueAsString(Map.of("step", p)));
            ids.add(running);
        }
        List<NewJob> raw = new ArrayList<>();
        for (String p : PAYLOADS) {
            raw.add(NewJob.of(p, p, JSON.writeValueAsString(Map.of("raw", p))).withMeta(Map.of(p, p)));
        }
        store.jobs().insert(InsertParams.of(raw, Instant.now())).forEach(r -> ids.add(Long.toString(r.id())));
        for (String p : PAYLOADS.subList(0, 3)) {
            docket.admin().putSchedule(JobSchedule.every("xss-" + PAYLOADS.indexOf(p), Duration.ofMinutes(5))
                    .job("xss.scheduled", Map.of("p", p), o -> o.meta("m", p)).build());
        }
        String definition = store.schedules().find("xss-0").orElseThrow().definitionJson();
        for (String p : PAYLOADS) {
            Instant now = Instant.now();
            store.schedules().upsert(new UpsertScheduleParams(p, definition, true, now, now.plusSeconds(300), null, now));
        }
        return ids;
    }

    private static void progress(Docket docket, String id, String progressJson) {
        ExternalWorkers w = docket.externalWorkers();
        int attempt = docket.admin().job(id).orElseThrow().lease().attempt();
        if (w.heartbeat(id, attempt, Duration.ofMinutes(30), progressJson).status() != ExternalWorkers.Reply.Status.OK) {
            throw new AssertionError("progress not recorded for " + id);
        }
    }
}
