package dev.docket.web.api;

import dev.docket.Job;
import dev.docket.admin.ActionResult;
import dev.docket.admin.DocketAdmin;
import dev.docket.admin.JobPage;
import dev.docket.web.ApiException;
import dev.docket.web.AuthPolicy;
import dev.docket.web.Router;
import dev.docket.web.WebRequest;
import dev.docket.web.WebResponse;
import dev.docket.web.json.Json;
import dev.docket.web.json.JobJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One job and lists of jobs, and the operator's actions on a job: retry, cancel, delete. */
final class JobRoutes {
    private final DocketAdmin admin;

    JobRoutes(DocketAdmin admin) {
        this.admin = admin;
    }

    void register(Router router) {
        router.add("GET", Api.PREFIX + "/jobs", AuthPolicy.TOKEN, this::list);
        router.add("GET", Api.PREFIX + "/jobs/{id}", AuthPolicy.TOKEN, this::get);
        router.add("POST", Api.PREFIX + "/jobs/{id}/retry", AuthPolicy.TOKEN, this::retry);
        router.add("POST", Api.PREFIX + "/jobs/{id}/cancel", AuthPolicy.TOKEN, this::cancel);
        router.add("DELETE", Api.PREFIX + "/jobs/{id}", AuthPolicy.TOKEN, this::delete);
    }

    private WebResponse get(WebRequest request) {
        return Replies.json(200, JobJson.of(find(request.pathParam("id"))));
    }

    private WebResponse list(WebRequest request) {
        JobPage page;
        try {
            page = admin.jobs(JobListQuery.parse(request));
        } catch (IllegalArgumentException e) {
            // the admin model refuses a cursor it did not give (the only argument it checks itself)
            throw ApiException.invalid("parameter 'cursor': " + e.getMessage());
        }
        ObjectNode out = Json.object();
        ArrayNode jobs = out.putArray("jobs");
        page.jobs().forEach(j -> jobs.add(JobJson.of(j)));
        out.put("nextCursor", page.nextCursor());
        return Replies.json(200, out);
    }

    private WebResponse retry(WebRequest request) {
        Replies.requireNoFields(request);
        String id = request.pathParam("id");
        ActionResult r = admin.retry(id);
        check(r, id, "job " + id + " is " + state(r) + "; only dead, cancelled, retryable or scheduled jobs can be retried");
        return Replies.json(200, JobJson.of(find(id)));
    }

    private WebResponse cancel(WebRequest request) {
        Replies.requireNoFields(request);
        String id = request.pathParam("id");
        ActionResult r = admin.cancel(id);
        check(r, id, "job " + id + " is already " + state(r) + "; only unfinished jobs can be cancelled");
        return Replies.json(200, JobJson.of(find(id)));
    }

    private WebResponse delete(WebRequest request) {
        Replies.requireNoFields(request);
        String id = request.pathParam("id");
        ActionResult r = admin.delete(id);
        check(r, id, "job " + id + " is " + state(r) + "; cancel it first or wait until it finishes");
        ObjectNode out = Json.object();
        out.put("id", id);
        out.put("deleted", true);
        return Replies.json(200, out);
    }

    private Job find(String id) {
        return admin.job(id).orElseThrow(() -> notFound(id));
    }

    private static void check(ActionResult r, String id, String refusal) {
        switch (r.status()) {
            case APPLIED -> { }
            case NOT_FOUND -> throw notFound(id);
            case REFUSED -> throw ApiException.conflict(refusal);
        }
    }

    private static String state(ActionResult r) {
        return r.state() == null ? "in a state that does not allow it" : r.state().wireName();
    }

    static ApiException notFound(String id) {
        return ApiException.notFound("no job with id '" + id + "'");
    }
}
