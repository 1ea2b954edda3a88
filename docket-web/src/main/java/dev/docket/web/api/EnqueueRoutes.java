package dev.docket.web.api;

import dev.docket.Docket;
import dev.docket.Enqueued;
import dev.docket.JobRequest;
import dev.docket.web.ApiException;
import dev.docket.web.AuthPolicy;
import dev.docket.web.Router;
import dev.docket.web.WebRequest;
import dev.docket.web.WebResponse;
import dev.docket.web.json.Json;
import dev.docket.web.json.JobJson;
import dev.docket.web.json.JsonFields;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /jobs} and {@code POST /jobs/batch}. The answer is sent only after the store has
 * acknowledged the jobs (201); a store that fails gives 503, never a false 201. A unique key held
 * by an unfinished job gives that job with {@code "duplicate": true} (200 for a single enqueue).
 */
final class EnqueueRoutes {
    /** The most jobs one batch may carry. */
    static final int MAX_BATCH = 1000;

    private final Docket docket;

    EnqueueRoutes(Docket docket) {
        this.docket = docket;
    }

    void register(Router router) {
        router.add("POST", Api.PREFIX + "/jobs", AuthPolicy.TOKEN, this::enqueue);
        router.add("POST", Api.PREFIX + "/jobs/batch", AuthPolicy.TOKEN, this::batch);
    }

    private WebResponse enqueue(WebRequest request) {
        JobRequest job = EnqueueBody.read(Json.parse(request.body()), "");
        Enqueued done = docket.enqueue(job);
        return Replies.json(done.duplicate() ? 200 : 201, readBack(done));
    }

    private WebResponse batch(WebRequest request) {
        JsonNode body = Json.parse(request.body());
        JsonFields fields = JsonFields.of(body, "", List.of("jobs"));
        JsonNode jobs = fields.raw("jobs");
        if (jobs == null) {
            throw ApiException.invalid("missing field 'jobs'");
        }
        if (!jobs.isArray() || jobs.isEmpty()) {
            throw ApiException.invalid("field 'jobs' must be a non-empty array of jobs");
        }
        if (jobs.size() > MAX_BATCH) {
            throw ApiException.invalid("field 'jobs' has " + jobs.size() + " jobs; at most " + MAX_BATCH + " per batch");
        }
        List<JobRequest> requests = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            requests.add(EnqueueBody.read(jobs.get(i), "jobs[" + i + "]"));
        }
        List<Enqueued> done = docket.enqueueAll(requests);
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("jobs");
        done.forEach(e -> list.add(readBack(e)));
        return Replies.json(201, out);
    }

    /** The stored job as it is now, marked when it was a duplicate. */
    private ObjectNode readBack(Enqueued e) {
        ObjectNode job = docket.admin().job(e.id()).map(JobJson::of).orElseGet(() -> {
            ObjectNode gone = Json.object();
            gone.put("id", e.id());
            gone.put("state", e.state().wireName());
            return gone;
        });
        if (e.duplicate()) {
            job.put("duplicate", true);
        }
        return job;
    }
}
