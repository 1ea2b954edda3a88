package dev.docket.web.api;

import dev.docket.JobState;
import dev.docket.Queues;
import dev.docket.admin.DocketAdmin;
import dev.docket.admin.QueueView;
import dev.docket.admin.Stats;
import dev.docket.web.ApiException;
import dev.docket.web.AuthPolicy;
import dev.docket.web.Router;
import dev.docket.web.WebRequest;
import dev.docket.web.WebResponse;
import dev.docket.web.json.Json;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Queues (list, pause, resume) and the store-wide summary ({@code GET /stats}). */
final class QueueRoutes {
    private final DocketAdmin admin;

    QueueRoutes(DocketAdmin admin) {
        this.admin = admin;
    }

    void register(Router router) {
        router.add("GET", Api.PREFIX + "/queues", AuthPolicy.TOKEN, this::list);
        router.add("POST", Api.PREFIX + "/queues/{name}/pause", AuthPolicy.TOKEN, r -> setPaused(r, true));
        router.add("POST", Api.PREFIX + "/queues/{name}/resume", AuthPolicy.TOKEN, r -> setPaused(r, false));
        router.add("GET", Api.PREFIX + "/stats", AuthPolicy.TOKEN, this::stats);
    }

    private WebResponse list(WebRequest request) {
        requireNoQuery(request);
        ObjectNode out = Json.object();
        ArrayNode queues = out.putArray("queues");
        admin.queues().forEach(q -> queues.add(queue(q)));
        return Replies.json(200, out);
    }

    private WebResponse setPaused(WebRequest request, boolean paused) {
        Replies.requireNoFields(request);
        String name = request.pathParam("name");
        try {
            Queues.checkName(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("path parameter 'name': " + e.getMessage());
        }
        if (paused) {
            admin.pauseQueue(name);
        } else {
            admin.resumeQueue(name);
        }
        QueueView view = admin.queues().stream().filter(q -> q.name().equals(name)).findFirst()
                .orElseGet(() -> new QueueView(name, paused, zeroCounts(), 0, Duration.ZERO));
        return Replies.json(200, queue(view));
    }

    private WebResponse stats(WebRequest request) {
        requireNoQuery(request);
        Stats s = admin.stats();
        ObjectNode out = Json.object();
        out.set("counts", counts(s.counts()));
        out.put("processedLastMinute", s.processedLastMinute());
        out.put("succeededLastMinute", s.succeededLastMinute());
        out.put("deadLastMinute", s.deadLastMinute());
        out.put("queues", s.queues());
        out.put("processes", s.processes());
        return Replies.json(200, out);
    }

    static ObjectNode queue(QueueView q) {
        ObjectNode o = Json.object();
        o.put("name", q.name());
        o.put("paused", q.paused());
        o.set("counts", counts(q.counts()));
        o.put("concurrency", q.concurrency());
        o.put("latencyMs", q.latency().toMillis());
        return o;
    }

    /** Counts per state, every state present, in the state machine's order. */
    static ObjectNode counts(Map<JobState, Long> counts) {
        ObjectNode o = Json.object();
        for (JobState s : JobState.values()) {
            o.put(s.wireName(), counts.getOrDefault(s, 0L));
        }
        return o;
    }

    private static Map<JobState, Long> zeroCounts() {
        java.util.EnumMap<JobState, Long> m = new java.util.EnumMap<>(JobState.class);
        for (JobState s : JobState.values()) {
            m.put(s, 0L);
        }
        return m;
    }

    private static void requireNoQuery(WebRequest request) {
        if (!request.query().isEmpty()) {
            throw ApiException.invalid("unknown parameter '" + request.query().keySet().iterator().next()
                    + "'; this route takes none");
        }
    }
}
