package dev.docket.dashboard.actions;

import dev.docket.dashboard.http.PageContext;
import dev.docket.dashboard.pages.Notices;
import dev.docket.web.WebResponse;

/** Pause and resume a queue, cluster-wide. */
public final class QueueActions {
    private QueueActions() {
    }

    public static WebResponse pause(PageContext ctx, String queue) {
        ctx.site().admin().pauseQueue(queue);
        return Redirect.to(Redirect.withNotice(ctx.paths().to("queues"), Notices.key("queue-paused")));
    }

    public static WebResponse resume(PageContext ctx, String queue) {
        ctx.site().admin().resumeQueue(queue);
        return Redirect.to(Redirect.withNotice(ctx.paths().to("queues"), Notices.key("queue-resumed")));
    }
}
