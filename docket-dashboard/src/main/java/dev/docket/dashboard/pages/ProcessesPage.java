package dev.docket.dashboard.pages;

import dev.docket.Job;
import dev.docket.JobState;
import dev.docket.admin.JobQuery;
import dev.docket.admin.ProcessView;
import dev.docket.dashboard.html.Format;
import dev.docket.dashboard.html.Html;
import dev.docket.dashboard.http.PageContext;
import dev.docket.web.WebResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every Docket process sharing the store: heartbeat, queues and the jobs it is running. */
public final class ProcessesPage {
    /** The most running jobs listed per process. */
    static final int RUNNING_SHOWN = 50;

    private ProcessesPage() {
    }

    public static WebResponse page(PageContext ctx) {
        List<ProcessView> processes = ctx.site().admin().processes();
        return Layout.page(ctx, 200, "Processes", Nav.PROCESSES, h -> {
            if (processes.isEmpty()) {
                h.el("p", "No Docket process is registered: nothing is working the queues.", "class", "empty");
                return;
            }
            for (ProcessView p : processes) {
                process(h, ctx, p);
            }
        });
    }

    private static void process(Html h, PageContext ctx, ProcessView p) {
        h.open("section", "class", "process", "data-process", p.id(), "aria-label", "Process " + p.name());
        h.el("h2", p.name());
        h.open("dl", "class", "facts");
        h.el("dt", "Id").el("dd", p.id(), "class", "mono");
        h.el("dt", "Host").el("dd", p.host() + " (pid " + p.pid() + ")");
        h.el("dt", "Started").open("dd");
        Format.time(h, p.startedAt());
        h.close("dd");
        h.el("dt", "Last heartbeat").open("dd");
        Format.time(h, p.heartbeatAt());
        h.text(" (" + Format.relative(p.heartbeatAt(), ctx.now()) + ")");
        h.close("dd");
        h.el("dt", "Queues").el("dd", queues(p.queues()));
        h.el("dt", "Running at last heartbeat").el("dd", p.running() + " job" + (p.running() == 1 ? "" : "s"));
        h.close("dl");
        List<Job> running = ctx.site().admin().jobs(JobQuery.all().withStates(Set.of(JobState.RUNNING))
                .withWorker(p.id()).withLimit(RUNNING_SHOWN)).jobs();
        if (running.isEmpty()) {
            h.el("p", "Holds no job.", "class", "empty");
        } else {
            h.el("p", "Jobs it holds now:", "class", "lead");
            h.open("ul", "class", "running-jobs");
            for (Job j : running) {
                h.open("li").el("a", j.id(), "href", ctx.paths().to("jobs", j.id())).text(" ")
                        .el("span", j.type(), "class", "mono").text(" on " + j.queue() + ", started ");
                Format.time(h, j.startedAt());
                h.close("li");
            }
            h.close("ul");
        }
        h.close("section");
    }

    private static String queues(Map<String, Integer> queues) {
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(queues).forEach((q, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(q)
                .append(" (").append(n).append(")"));
        return sb.length() == 0 ? "none" : sb.toString();
    }
}
