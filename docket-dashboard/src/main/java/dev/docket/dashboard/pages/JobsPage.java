package dev.docket.dashboard.pages;

import dev.docket.JobState;
import dev.docket.dashboard.http.PageContext;
import dev.docket.web.WebResponse;

/**
 * Job lists: every job (filter by state, queue, type, text), the scheduled ones (each can run now),
 * and the dead ones (each can be retried; all that match the filter can be retried or deleted at once).
 */
public final class JobsPage {
    private JobsPage() {
    }

    /** All jobs, filtered. */
    public static WebResponse all(PageContext ctx) {
        JobListParams p = JobListParams.read(ctx, null);
        return Layout.page(ctx, 200, "Jobs", Nav.JOBS, h ->
                JobListSection.render(h, ctx, p, ctx.paths().to("jobs"), true, JobTable.RowAction.NONE));
    }

    /** Jobs waiting for their time; "Run now" makes one available at once. */
    public static WebResponse scheduled(PageContext ctx) {
        JobListParams p = JobListParams.read(ctx, JobState.SCHEDULED);
        return Layout.page(ctx, 200, "Scheduled jobs", Nav.SCHEDULED, h -> {
            h.el("p", "Jobs waiting for their time. Run now makes a job available at once.", "class", "lead");
            JobListSection.render(h, ctx, p, ctx.paths().to("scheduled"), false, JobTable.RowAction.RUN_NOW);
        });
    }

    /** Jobs out of attempts or failed for good. */
    public static WebResponse dead(PageContext ctx) {
        JobListParams p = JobListParams.read(ctx, JobState.DEAD);
        return Layout.page(ctx, 200, "Dead jobs", Nav.DEAD, h -> {
            h.el("p", "Jobs that ran out of attempts or failed with an error that is not retried.", "class", "lead");
            JobListSection.render(h, ctx, p, ctx.paths().to("dead"), false, JobTable.RowAction.RETRY);
            h.open("section", "class", "bulk", "aria-labelledby", "bulk-title");
            h.el("h2", "Every dead job that matches the filter", "id", "bulk-title");
            h.el("p", describe(p), "class", "lead");
            String[] filter = {"queue", p.queue(), "type", p.type(), "q", p.search()};
            Forms.buttonWithConfirm(h, ctx, ctx.paths().to("dead", "retry"), "Retry all matching dead jobs",
                    "button", "Retry every dead job that matches?", filter);
            Forms.buttonWithConfirm(h, ctx, ctx.paths().to("dead", "delete"), "Delete all matching dead jobs",
                    "button-danger", "Delete every dead job that matches? This cannot be undone.", filter);
            h.close("section");
        });
    }

    private static String describe(JobListParams p) {
        StringBuilder sb = new StringBuilder("Filter: ");
        if (p.queue() == null && p.type() == null && p.search() == null) {
            return "Filter: none (every dead job).";
        }
        if (p.queue() != null) {
            sb.append("queue ").append(p.queue()).append("; ");
        }
        if (p.type() != null) {
            sb.append("type ").append(p.type()).append("; ");
        }
        if (p.search() != null) {
            sb.append("text ").append(p.search()).append("; ");
        }
        return sb.substring(0, sb.length() - 2) + ".";
    }
}
