package dev.docket.dashboard.actions;

import dev.docket.JobState;
import dev.docket.admin.JobQuery;
import dev.docket.dashboard.html.Query;
import dev.docket.dashboard.http.PageContext;
import dev.docket.dashboard.http.PageException;
import dev.docket.dashboard.pages.Notices;
import dev.docket.web.WebResponse;
import java.util.Set;

/** Retry or delete every dead job that matches a filter (queue, type, text). */
public final class DeadActions {
    private static final int MAX_TEXT = 200;

    private DeadActions() {
    }

    public static WebResponse retryAll(PageContext ctx) {
        JobQuery q = filter(ctx);
        int n = ctx.site().admin().retryAll(q);
        return Redirect.to(Redirect.withNotice(back(ctx, q), Notices.key("retried-all"), n));
    }

    public static WebResponse deleteAll(PageContext ctx) {
        JobQuery q = filter(ctx);
        int n = ctx.site().admin().deleteAll(q);
        return Redirect.to(Redirect.withNotice(back(ctx, q), Notices.key("deleted-all"), n));
    }

    private static JobQuery filter(PageContext ctx) {
        return JobQuery.all().withStates(Set.of(JobState.DEAD)).withQueue(text(ctx, "queue"))
                .withType(text(ctx, "type")).withSearch(text(ctx, "q"));
    }

    private static String back(PageContext ctx, JobQuery q) {
        String url = new Query().set("queue", q.queue()).set("type", q.type()).set("q", q.search())
                .on(ctx.paths().to("dead"));
        return url;
    }

    private static String text(PageContext ctx, String name) {
        String v = ctx.form().optional(name);
        if (v != null && v.length() > MAX_TEXT) {
            throw PageException.badRequest(name + " must be at most " + MAX_TEXT + " characters");
        }
        return v;
    }
}
