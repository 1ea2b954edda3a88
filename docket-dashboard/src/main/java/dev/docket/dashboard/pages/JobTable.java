package dev.docket.dashboard.pages;

import dev.docket.Job;
import dev.docket.JobError;
import dev.docket.dashboard.html.Format;
import dev.docket.dashboard.html.Html;
import dev.docket.dashboard.http.PageContext;
import java.util.List;

/** A page of jobs as a table, with an optional per-row action button. */
final class JobTable {
    /** What each row offers. */
    enum RowAction {
        NONE(null),
        RETRY("Retry"),
        RUN_NOW("Run now");

        final String label;

        RowAction(String label) {
            this.label = label;
        }
    }

    private JobTable() {
    }

    static void render(Html h, PageContext ctx, List<Job> jobs, RowAction action, String back) {
        if (jobs.isEmpty()) {
            h.el("p", "No jobs match.", "class", "empty");
            return;
        }
        h.open("div", "class", "table-wrap").open("table", "class", "grid jobs");
        h.open("thead").open("tr");
        for (String c : List.of("Job", "Type", "Queue", "State", "Attempt", "Created", "Due / finished", "Last error")) {
            h.el("th", c, "scope", "col");
        }
        if (action != RowAction.NONE) {
            h.el("th", "Actions", "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (Job j : jobs) {
            h.open("tr", "data-job", j.id());
            h.open("th", "scope", "row").el("a", j.id(), "href", ctx.paths().to("jobs", j.id())).close("th");
            h.el("td", j.type(), "class", "mono");
            h.el("td", j.queue());
            h.open("td");
            Badges.state(h, j.state());
            h.close("td");
            h.el("td", j.attempt() + " / " + j.maxAttempts(), "class", "num");
            h.open("td");
            Format.time(h, j.createdAt());
            h.close("td").open("td");
            Format.time(h, j.finishedAt() != null ? j.finishedAt() : j.scheduledAt());
            h.close("td");
            h.el("td", lastError(j), "class", "error-cell");
            if (action != RowAction.NONE) {
                h.open("td");
                Forms.button(h, ctx, ctx.paths().to("jobs", j.id(), "retry"), action.label + " " + j.id(),
                        "button", "back", back);
                h.close("td");
            }
            h.close("tr");
        }
        h.close("tbody").close("table").close("div");
    }

    private static String lastError(Job j) {
        if (j.errors() == null || j.errors().isEmpty()) {
            return "";
        }
        JobError e = j.errors().get(j.errors().size() - 1);
        return Format.shorten(e.message(), 140);
    }
}
