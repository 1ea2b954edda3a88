package dev.docket.dashboard.pages;

import dev.docket.JobState;
import dev.docket.admin.QueueView;
import dev.docket.admin.Stats;
import dev.docket.dashboard.html.Format;
import dev.docket.dashboard.html.Html;
import dev.docket.dashboard.html.Query;
import dev.docket.dashboard.http.PageContext;
import dev.docket.web.WebResponse;
import java.util.List;

/**
 * The overview: how many jobs are in each state, each queue's backlog and latency (both refreshed
 * every few seconds by polling {@code overview/live}), and the jobs finished per minute over the
 * last hour as a chart (drawn by the dashboard's script from {@code overview/throughput.json}) with
 * the same numbers as a table for readers without JavaScript.
 */
public final class OverviewPage {
    private OverviewPage() {
    }

    public static WebResponse page(PageContext ctx) {
        return Layout.page(ctx, 200, "Overview", Nav.OVERVIEW, h -> {
            live(h, ctx);
            ThroughputSection.render(h, ctx);
        });
    }

    /** The live part alone (what the page polls). */
    public static WebResponse liveFragment(PageContext ctx) {
        Html h = new Html();
        live(h, ctx);
        return Layout.fragment(h);
    }

    /** The chart's data: jobs finished per minute over the last hour. */
    public static WebResponse throughputJson(PageContext ctx) {
        return ThroughputSection.json(ctx);
    }

    private static void live(Html h, PageContext ctx) {
        Stats stats = ctx.site().admin().stats();
        List<QueueView> queues = ctx.site().admin().queues();
        h.open("section", "id", "live", "class", "live", "aria-labelledby", "counts-title",
                "hx-get", ctx.paths().to("overview", "live"), "hx-trigger", "every 5s", "hx-swap", "outerHTML");
        h.el("h2", "Jobs by state", "id", "counts-title");
        h.open("ul", "class", "counts");
        for (JobState s : JobState.values()) {
            long n = stats.counts().getOrDefault(s, 0L);
            h.open("li", "class", "count-card state-" + s.wireName(), "data-state", s.wireName(),
                    "data-count", Long.toString(n));
            h.open("a", "href", new Query().set("state", s.wireName()).on(ctx.paths().to("jobs")));
            h.el("span", n, "class", "count-number").el("span", s.wireName(), "class", "count-label");
            h.close("a").close("li");
        }
        h.close("ul");
        h.open("p", "class", "summary");
        h.text("Finished in the last minute: " + stats.processedLastMinute() + " (" + stats.succeededLastMinute()
                + " succeeded, " + stats.deadLastMinute() + " dead). " + stats.processes() + " process"
                + (stats.processes() == 1 ? "" : "es") + " running, " + stats.queues() + " queue"
                + (stats.queues() == 1 ? "" : "s") + ". Updated ");
        Format.time(h, ctx.now());
        h.text(".");
        h.close("p");
        h.el("h2", "Queues", "id", "queues-title");
        QueueTable.render(h, ctx, queues, false);
        h.close("section");
    }
}
