package dev.docket.dashboard.actions;

import dev.docket.dashboard.html.Format;
import dev.docket.dashboard.http.PageContext;
import dev.docket.dashboard.http.PageException;
import dev.docket.dashboard.pages.Notices;
import dev.docket.web.WebResponse;
import java.util.Optional;

/** Pause, resume and trigger a schedule. */
public final class ScheduleActions {
    private ScheduleActions() {
    }

    public static WebResponse pause(PageContext ctx, String name) {
        found(ctx.site().admin().pauseSchedule(name), name);
        return done(ctx, "schedule-paused");
    }

    public static WebResponse resume(PageContext ctx, String name) {
        found(ctx.site().admin().resumeSchedule(name), name);
        return done(ctx, "schedule-resumed");
    }

    public static WebResponse trigger(PageContext ctx, String name) {
        found(ctx.site().admin().triggerSchedule(name), name);
        return done(ctx, "schedule-triggered");
    }

    private static WebResponse done(PageContext ctx, String notice) {
        return Redirect.to(Redirect.withNotice(ctx.paths().to("schedules"), Notices.key(notice)));
    }

    private static void found(Optional<?> result, String name) {
        if (result.isEmpty()) {
            throw PageException.notFound("There is no schedule named " + Format.shorten(name, 130) + ".");
        }
    }
}
