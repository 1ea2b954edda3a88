package dev.docket.dashboard.pages;

import dev.docket.dashboard.html.Html;
import dev.docket.dashboard.http.PageContext;
import java.util.Map;

/**
 * The one-line confirmation shown after an action redirected here ({@code ?done=retried}). Only
 * these fixed texts can appear, so the query string cannot put words on the page.
 */
public final class Notices {
    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("retried", "The job was retried: it is available now."),
            Map.entry("cancelled", "The job was cancelled."),
            Map.entry("cancel-requested", "The job is running: its handler was asked to stop."),
            Map.entry("deleted", "The job was deleted."),
            Map.entry("queue-paused", "The queue is paused: no process hands out its jobs."),
            Map.entry("queue-resumed", "The queue is running again."),
            Map.entry("schedule-paused", "The schedule is paused."),
            Map.entry("schedule-resumed", "The schedule fires again from now on."),
            Map.entry("schedule-triggered", "The schedule's job was enqueued."),
            Map.entry("retried-all", "Dead jobs retried: "),
            Map.entry("deleted-all", "Dead jobs deleted: "),
            Map.entry("signed-out", "You are signed out."));

    private Notices() {
    }

    /** The {@code done} value for a notice (checked, so a typo fails at once). */
    public static String key(String key) {
        if (!TEXTS.containsKey(key)) {
            throw new IllegalArgumentException("no notice " + key);
        }
        return key;
    }

    static void render(Html h, PageContext ctx) {
        String done = ctx.param("done");
        String text = done == null ? null : TEXTS.get(done);
        if (text == null) {
            return;
        }
        if (text.endsWith(": ")) {
            text = text + count(ctx.param("n")) + ".";
        }
        h.el("p", text, "class", "notice", "role", "status");
    }

    private static long count(String n) {
        try {
            return n == null ? 0 : Math.max(0, Long.parseLong(n));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
