package dev.docket.web.api;

import dev.docket.Job;
import dev.docket.admin.ExternalWorkers;
import dev.docket.admin.ExternalWorkers.Reply;
import dev.docket.admin.FetchRequest;
import dev.docket.admin.LeasedJob;
import dev.docket.web.ApiException;
import dev.docket.web.AuthPolicy;
import dev.docket.web.Router;
import dev.docket.web.WebRequest;
import dev.docket.web.WebResponse;
import dev.docket.web.json.Instants;
import dev.docket.web.json.JobJson;
import dev.docket.web.json.Json;
import dev.docket.web.json.JsonFields;
import dev.docket.web.ops.DocketMetrics;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The protocol for workers in any language: {@code POST /fetch} hands out jobs under a lease
 * (long-polling up to {@code waitMs}), then {@code complete}, {@code fail} and {@code heartbeat}
 * report on them, each fenced by the attempt the fetch gave: a report for an attempt that no longer
 * holds the job is refused with 409, and so is a heartbeat for a cancelled job, so the worker stops.
 */
final class WorkerRoutes {
    /** A long poll re-checks whether the server is stopping at least this often. */
    private static final Duration SLICE = Duration.ofSeconds(2);
    private static final int MAX_ATTEMPT = Integer.MAX_VALUE;

    private final ExternalWorkers workers;
    private final DocketMetrics metrics;
    private final BooleanSupplier stopping;

    WorkerRoutes(ExternalWorkers workers, DocketMetrics metrics, BooleanSupplier stopping) {
        this.workers = workers;
        this.metrics = metrics;
        this.stopping = stopping;
    }

    void register(Router router) {
        router.add("POST", Api.PREFIX + "/fetch", AuthPolicy.TOKEN, this::fetch);
        router.add("POST", Api.PREFIX + "/jobs/{id}/complete", AuthPolicy.TOKEN, this::complete);
        router.add("POST", Api.PREFIX + "/jobs/{id}/fail", AuthPolicy.TOKEN, this::fail);
        router.add("POST", Api.PREFIX + "/jobs/{id}/heartbeat", AuthPolicy.TOKEN, this::heartbeat);
    }

    private WebResponse fetch(WebRequest request) throws InterruptedException {
        FetchRequest asked = FetchBody.read(request);
        long end = System.nanoTime() + asked.maxWait().toNanos();
        List<LeasedJob> jobs;
        while (true) {
            Duration left = Duration.ofNanos(Math.max(0, end - System.nanoTime()));
            Duration wait = left.compareTo(SLICE) < 0 ? left : SLICE;
            jobs = workers.fetch(new FetchRequest(asked.queues(), asked.types(), asked.max(), asked.lease(), wait,
                    asked.worker()));
            if (!jobs.isEmpty() || end - System.nanoTime() <= 0 || stopping.getAsBoolean()) {
                break;
            }
        }
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("jobs");
        jobs.forEach(j -> list.add(JobJson.leased(j)));
        return Replies.json(200, out);
    }

    private WebResponse complete(WebRequest request) {
        JsonFields f = Replies.body(request, List.of("attempt", "result"));
        int attempt = f.requiredInt("attempt", 1, MAX_ATTEMPT);
        JsonNode result = f.raw("result");
        String id = request.pathParam("id");
        Reply reply = workers.complete(id, attempt, result == null ? null : Json.write(result));
        return reported(settled(reply, id, attempt), id);
    }

    private WebResponse fail(WebRequest request) {
        JsonFields f = Replies.body(request, List.of("attempt", "error", "stack", "retry"));
        int attempt = f.requiredInt("attempt", 1, MAX_ATTEMPT);
        String error = f.requiredString("error");
        String stack = f.string("stack");
        boolean retry = f.bool("retry", true);
        String id = request.pathParam("id");
        return reported(settled(workers.fail(id, attempt, error, stack, retry), id, attempt), id);
    }

    private WebResponse heartbeat(WebRequest request) {
        JsonFields f = Replies.body(request, List.of("attempt", "leaseMs", "progress"));
        int attempt = f.requiredInt("attempt", 1, MAX_ATTEMPT);
        Duration lease = Duration.ofMillis(FetchBody.leaseMs(f, "leaseMs"));
        JsonNode progress = f.raw("progress");
        String id = request.pathParam("id");
        Reply reply = workers.heartbeat(id, attempt, lease, progress == null ? null : Json.write(progress));
        if (reply.status() == Reply.Status.CANCELLED) {
            throw ApiException.cancelled("job " + id + " was cancelled; stop working on it");
        }
        settled(reply, id, attempt);
        ObjectNode out = Json.object();
        out.put("id", id);
        out.put("attempt", attempt);
        out.put("expiresAt", Instants.format(reply.expiresAt()));
        return Replies.json(200, out);
    }

    /** The answer to a recorded outcome: the job afterwards (just its id if it was deleted meanwhile). */
    private WebResponse reported(Job job, String id) {
        if (job == null) {
            ObjectNode gone = Json.object();
            gone.put("id", id);
            return Replies.json(200, gone);
        }
        metrics.externalOutcome(job);
        return Replies.json(200, JobJson.of(job));
    }

    /** The job after a successful report, or the refusal as an exception. */
    private static Job settled(Reply reply, String id, int attempt) {
        switch (reply.status()) {
            case OK:
                return reply.job();
            case NOT_FOUND:
                throw JobRoutes.notFound(id);
            default:
                Job now = reply.job();
                throw ApiException.stale("attempt " + attempt + " no longer holds job " + id
                        + (now == null ? "" : " (it is " + now.state().wireName() + ", attempt " + now.attempt() + ")")
                        + "; drop this job");
        }
    }
}
