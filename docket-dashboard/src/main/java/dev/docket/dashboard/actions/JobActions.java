package dev.docket.dashboard.actions;

import dev.docket.admin.ActionResult;
import dev.docket.dashboard.html.Format;
import dev.docket.dashboard.http.PageContext;
import dev.docket.dashboard.http.PageException;
import dev.docket.dashboard.pages.Notices;
import dev.docket.web.WebResponse;

/** Retry (or run now), cancel and delete one job. */
public final class JobActions {
    private JobActions() {
    }

    public static WebResponse retry(PageContext ctx, String id) {
        ActionResult r = ctx.site().admin().retry(id);
        check(r, id, "retried: only dead, cancelled, retryable or scheduled jobs can be");
        return Redirect.back(ctx, ctx.paths().to("jobs", id), Notices.key("retried"));
    }

    public static WebResponse cancel(PageContext ctx, String id) {
        ActionResult r = ctx.site().admin().cancel(id);
        check(r, id, "cancelled: it has finished already");
        boolean running = r.state() == dev.docket.JobState.RUNNING;
        return Redirect.back(ctx, ctx.paths().to("jobs", id), Notices.key(running ? "cancel-requested" : "cancelled"));
    }

    public static WebResponse delete(PageContext ctx, String id) {
        ActionResult r = ctx.site().admin().delete(id);
        check(r, id, "deleted while it is running: cancel it first");
        return Redirect.to(Redirect.withNotice(ctx.paths().to("jobs"), Notices.key("deleted")));
    }

    private static void check(ActionResult r, String id, String refusal) {
        String shown = Format.shorten(id, 80);
        switch (r.status()) {
            case NOT_FOUND -> throw PageException.notFound("There is no job with id " + shown + ".");
            case REFUSED -> throw PageException.conflict("Job " + shown + " is " + r.state().wireName()
                    + " and cannot be " + refusal + ".");
            default -> { }
        }
    }
}
