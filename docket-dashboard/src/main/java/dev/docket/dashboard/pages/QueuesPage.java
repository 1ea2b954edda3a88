package dev.docket.dashboard.pages;

import dev.docket.dashboard.http.PageContext;
import dev.docket.web.WebResponse;

/** Every queue with its backlog, latency, concurrency and paused state; pause and resume. */
public final class QueuesPage {
    private QueuesPage() {
    }

    public static WebResponse page(PageContext ctx) {
        return Layout.page(ctx, 200, "Queues", Nav.QUEUES, h -> {
            h.el("p", "Pausing a queue stops every process from handing out its jobs; running jobs finish. "
                    + "Concurrency is the sum over the live processes that work the queue.", "class", "lead");
            QueueTable.render(h, ctx, ctx.site().admin().queues(), true);
        });
    }
}
