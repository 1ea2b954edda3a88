package dev.docket.dashboard.pages;

import dev.docket.JobState;
import dev.docket.admin.JobQuery;
import dev.docket.dashboard.html.Query;
import dev.docket.dashboard.http.PageContext;
import dev.docket.dashboard.http.PageException;
import java.util.Set;

/**
 * The filter and page of a job list, read from the query string and checked: page sizes are
 * bounded ({@value #MAX_LIMIT} at most), texts are short, the state is one of the seven.
 *
 * @param state only this state, or {@code null}
 * @param queue only this queue, or {@code null}
 * @param type only this type, or {@code null}
 * @param search text in the arguments or an error message, or {@code null}
 * @param limit the page size
 * @param cursor where the page starts, or {@code null} for the first
 */
record JobListParams(JobState state, String queue, String type, String search, int limit, String cursor) {
    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 200;
    static final int[] SIZES = {10, 25, 50, 100, 200};
    private static final int MAX_TEXT = 200;

    /**
     * Reads the parameters; {@code fixed} (if not null) is the page's own state, which the query
     * string cannot change.
     *
     * @throws PageException 400 naming the bad parameter
     */
    static JobListParams read(PageContext ctx, JobState fixed) {
        JobState state = fixed;
        if (fixed == null && ctx.param("state") != null) {
            try {
                state = JobState.parse(ctx.param("state"));
            } catch (IllegalArgumentException e) {
                throw PageException.badRequest("state: " + e.getMessage());
            }
        }
        int limit = DEFAULT_LIMIT;
        String l = ctx.param("limit");
        if (l != null) {
            try {
                limit = Integer.parseInt(l);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw PageException.badRequest("limit must be a number from 1 to " + MAX_LIMIT);
            }
        }
        return new JobListParams(state, text(ctx, "queue"), text(ctx, "type"), text(ctx, "q"), limit,
                text(ctx, "cursor"));
    }

    private static String text(PageContext ctx, String name) {
        String v = ctx.param(name);
        if (v != null && v.length() > MAX_TEXT) {
            throw PageException.badRequest(name + " must be at most " + MAX_TEXT + " characters");
        }
        return v;
    }

    /** The admin model's query for this page. */
    JobQuery query() {
        return JobQuery.all().withStates(state == null ? Set.of() : Set.of(state)).withQueue(queue).withType(type)
                .withSearch(search).withLimit(limit).withCursor(cursor);
    }

    /** The URL of {@code page} with this filter, starting at {@code atCursor}. */
    String url(String page, boolean withState, String atCursor) {
        return new Query().set("state", withState && state != null ? state.wireName() : null).set("queue", queue)
                .set("type", type).set("q", search).set("limit", limit == DEFAULT_LIMIT ? null : limit)
                .set("cursor", atCursor).on(page);
    }
}
