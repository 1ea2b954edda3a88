package dev.docket.web.api;

import dev.docket.Enqueued;
import dev.docket.admin.DocketAdmin;
import dev.docket.admin.ScheduleView;
import dev.docket.web.ApiException;
import dev.docket.web.AuthPolicy;
import dev.docket.web.Router;
import dev.docket.web.WebRequest;
import dev.docket.web.WebResponse;
import dev.docket.web.json.JobJson;
import dev.docket.web.json.Json;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Schedules: create or redefine, list, read, delete, pause, resume, trigger now. */
final class ScheduleRoutes {
    private static final String BASE = Api.PREFIX + "/schedules";

    private final DocketAdmin admin;

    ScheduleRoutes(DocketAdmin admin) {
        this.admin = admin;
    }

    void register(Router router) {
        router.add("GET", BASE, AuthPolicy.TOKEN, this::list);
        router.add("GET", BASE + "/{name}", AuthPolicy.TOKEN, this::get);
        router.add("PUT", BASE + "/{name}", AuthPolicy.TOKEN, this::put);
        router.add("DELETE", BASE + "/{name}", AuthPolicy.TOKEN, this::delete);
        router.add("POST", BASE + "/{name}/pause", AuthPolicy.TOKEN, r -> pause(r, true));
        router.add("POST", BASE + "/{name}/resume", AuthPolicy.TOKEN, r -> pause(r, false));
        router.add("POST", BASE + "/{name}/trigger", AuthPolicy.TOKEN, this::trigger);
    }

    private WebResponse list(WebRequest request) {
        if (!request.query().isEmpty()) {
            throw ApiException.invalid("unknown parameter '" + request.query().keySet().iterator().next()
                    + "'; this route takes none");
        }
        ObjectNode out = Json.object();
        ArrayNode items = out.putArray("schedules");
        admin.schedules().forEach(s -> items.add(ScheduleJsonView.of(s)));
        return Replies.json(200, out);
    }

    private WebResponse get(WebRequest request) {
        return Replies.json(200, ScheduleJsonView.of(found(request, admin.schedule(request.pathParam("name")))));
    }

    private WebResponse put(WebRequest request) {
        String name = request.pathParam("name");
        ScheduleView saved = admin.putSchedule(ScheduleBody.read(name, Json.parse(request.body())));
        return Replies.json(200, ScheduleJsonView.of(saved));
    }

    private WebResponse delete(WebRequest request) {
        String name = request.pathParam("name");
        if (!admin.deleteSchedule(name)) {
            throw notFound(name);
        }
        ObjectNode out = Json.object();
        out.put("name", name);
        out.put("deleted", true);
        return Replies.json(200, out);
    }

    private WebResponse pause(WebRequest request, boolean paused) {
        Replies.requireNoFields(request);
        String name = request.pathParam("name");
        Optional<ScheduleView> view = paused ? admin.pauseSchedule(name) : admin.resumeSchedule(name);
        return Replies.json(200, ScheduleJsonView.of(found(request, view)));
    }

    private WebResponse trigger(WebRequest request) {
        Replies.requireNoFields(request);
        String name = request.pathParam("name");
        Enqueued e = admin.triggerSchedule(name).orElseThrow(() -> notFound(name));
        return Replies.json(201, JobJson.of(admin.job(e.id()).orElseThrow(() -> notFound(name))));
    }

    private static ScheduleView found(WebRequest request, Optional<ScheduleView> view) {
        return view.orElseThrow(() -> notFound(request.pathParam("name")));
    }

    private static ApiException notFound(String name) {
        return ApiException.notFound("no schedule named '" + name + "'");
    }
}
