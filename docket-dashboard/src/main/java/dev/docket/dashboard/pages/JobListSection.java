package dev.docket.dashboard.pages;

import dev.docket.admin.JobPage;
import dev.docket.dashboard.html.Html;
import dev.docket.dashboard.http.PageContext;

/** A filtered, paginated job list: the filter form, the table, and links to the next and first page. */
final class JobListSection {
    private JobListSection() {
    }

    static void render(Html h, PageContext ctx, JobListParams p, String pageUrl, boolean withState,
                       JobTable.RowAction action) {
        FilterForm.render(h, ctx, p, pageUrl, withState);
        JobPage page = ctx.site().admin().jobs(p.query());
        String here = p.url(pageUrl, withState, p.cursor());
        JobTable.render(h, ctx, page.jobs(), action, here);
        h.open("nav", "class", "pager", "aria-label", "Pages");
        if (p.cursor() != null) {
            h.el("a", "First page", "href", p.url(pageUrl, withState, null), "class", "button-quiet");
        }
        if (page.nextCursor() != null) {
            h.el("a", "Next page", "href", p.url(pageUrl, withState, page.nextCursor()), "class", "button-quiet",
                    "rel", "next");
        }
        h.close("nav");
    }
}
