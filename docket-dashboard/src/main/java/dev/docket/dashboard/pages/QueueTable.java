package dev.docket.dashboard.pages;

import dev.docket.JobState;
import dev.docket.admin.QueueView;
import dev.docket.dashboard.html.Format;
import dev.docket.dashboard.html.Html;
import dev.docket.dashboard.html.Query;
import dev.docket.dashboard.http.PageContext;
import java.util.List;

/** Queues as a table: backlog per state, latency, concurrency, paused; with pause/resume buttons when asked. */
final class QueueTable {
    private static final List<JobState> COLUMNS = List.of(JobState.AVAILABLE, JobState.RUNNING, JobState.SCHEDULED,
            JobState.RETRYABLE, JobState.SUCCEEDED, JobState.DEAD, JobState.CANCELLED);

    private QueueTable() {
    }

    static void render(Html h, PageContext ctx, List<QueueView> queues, boolean actions) {
        if (queues.isEmpty()) {
            h.el("p", "No queues yet: a queue appears once a job is enqueued to it or a process works it.",
                    "class", "empty");
            return;
        }
        h.open("div", "class", "table-wrap").open("table", "class", "grid");
        h.open("thead").open("tr");
        h.el("th", "Queue", "scope", "col").el("th", "Status", "scope", "col");
        for (JobState s : COLUMNS) {
            h.el("th", s.wireName(), "scope", "col", "class", "num");
        }
        h.el("th", "Latency", "scope", "col", "class", "num").el("th", "Concurrency", "scope", "col", "class", "num");
        if (actions) {
            h.el("th", "Actions", "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (QueueView q : queues) {
            h.open("tr", "data-queue", q.name());
            h.open("th", "scope", "row").el("a", q.name(), "href",
                    new Query().set("queue", q.name()).on(ctx.paths().to("jobs"))).close("th");
            h.open("td");
            Badges.flag(h, q.paused(), "paused", "running");
            h.close("td");
            for (JobState s : COLUMNS) {
                h.el("td", q.counts().getOrDefault(s, 0L), "class", "num");
            }
            h.el("td", Format.duration(q.latency()), "class", "num");
            h.el("td", q.concurrency(), "class", "num");
            if (actions) {
                h.open("td");
                String action = ctx.paths().to("queues", q.name(), q.paused() ? "resume" : "pause");
                Forms.button(h, ctx, action, (q.paused() ? "Resume " : "Pause ") + q.name(),
                        q.paused() ? "button" : "button-warn");
                h.close("td");
            }
            h.close("tr");
        }
        h.close("tbody").close("table").close("div");
    }
}
