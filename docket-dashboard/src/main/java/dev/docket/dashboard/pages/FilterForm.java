package dev.docket.dashboard.pages;

import dev.docket.JobState;
import dev.docket.admin.QueueView;
import dev.docket.dashboard.html.Html;
import dev.docket.dashboard.http.PageContext;

/** The filter above a job list: a plain GET form, every field labelled. */
final class FilterForm {
    private FilterForm() {
    }

    static void render(Html h, PageContext ctx, JobListParams p, String pageUrl, boolean withState) {
        h.open("form", "method", "get", "action", pageUrl, "class", "filters", "role", "search",
                "aria-label", "Filter jobs");
        if (withState) {
            h.open("label").text("State ");
            h.open("select", "name", "state");
            h.el("option", "any", "value", "", "selected", p.state() == null ? "" : null);
            for (JobState s : JobState.values()) {
                h.el("option", s.wireName(), "value", s.wireName(), "selected", s == p.state() ? "" : null);
            }
            h.close("select").close("label");
        }
        h.open("label").text("Queue ");
        h.empty("input", "type", "text", "name", "queue", "value", p.queue(), "list", "queue-names",
                "autocomplete", "off", "maxlength", "200");
        h.close("label");
        h.open("datalist", "id", "queue-names");
        for (QueueView q : ctx.site().admin().queues()) {
            h.el("option", null, "value", q.name());
        }
        h.close("datalist");
        h.open("label").text("Type ");
        h.empty("input", "type", "text", "name", "type", "value", p.type(), "maxlength", "200");
        h.close("label");
        h.open("label").text("Search arguments and errors ");
        h.empty("input", "type", "search", "name", "q", "value", p.search(), "maxlength", "200");
        h.close("label");
        h.open("label").text("Per page ");
        h.open("select", "name", "limit");
        for (int size : JobListParams.SIZES) {
            h.el("option", size, "value", Integer.toString(size), "selected", size == p.limit() ? "" : null);
        }
        h.close("select").close("label");
        h.el("button", "Filter", "type", "submit", "class", "button");
        h.el("a", "Clear", "href", pageUrl, "class", "button-quiet");
        h.close("form");
    }
}
