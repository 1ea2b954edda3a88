package dev.docket.dashboard.pages;

import dev.docket.Queues;
import dev.docket.admin.ScheduleView;
import dev.docket.dashboard.html.Format;
import dev.docket.dashboard.html.Html;
import dev.docket.dashboard.http.PageContext;
import dev.docket.schedule.JobSchedule;
import java.time.Instant;
import java.util.List;

/** Every schedule: timing, zone, next runs, last run, paused; pause, resume and run now. */
public final class SchedulesPage {
    private SchedulesPage() {
    }

    public static dev.docket.web.WebResponse page(PageContext ctx) {
        List<ScheduleView> schedules = ctx.site().admin().schedules();
        return Layout.page(ctx, 200, "Schedules", Nav.SCHEDULES, h -> {
            if (schedules.isEmpty()) {
                h.el("p", "No schedules. Define them in code (JobSchedule) or with PUT /api/v1/schedules/{name}.",
                        "class", "empty");
                return;
            }
            h.open("div", "class", "table-wrap").open("table", "class", "grid schedules");
            h.open("thead").open("tr");
            for (String c : List.of("Schedule", "Timing", "Job", "Next runs", "Last run", "Status", "Actions")) {
                h.el("th", c, "scope", "col");
            }
            h.close("tr").close("thead").open("tbody");
            for (ScheduleView s : schedules) {
                row(h, ctx, s);
            }
            h.close("tbody").close("table").close("div");
        });
    }

    private static void row(Html h, PageContext ctx, ScheduleView v) {
        JobSchedule s = v.schedule();
        h.open("tr", "data-schedule", v.name());
        h.el("th", v.name(), "scope", "row", "class", "mono");
        h.open("td");
        h.el("span", s.cron() != null ? s.cron().toString() : "every " + Format.duration(s.every()), "class", "mono");
        if (s.cron() != null) {
            h.el("span", " " + s.zone().getId(), "class", "zone");
        }
        h.close("td");
        String queue = s.options().queue() == null ? Queues.DEFAULT : s.options().queue();
        h.open("td").el("span", s.jobType(), "class", "mono").text(" on " + queue);
        h.open("details").el("summary", "Arguments");
        h.open("pre", "class", "json", "tabindex", "0").el("code", Format.json(String.valueOf(s.args()))).close("pre");
        h.close("details").close("td");
        h.open("td");
        if (v.nextRuns().isEmpty()) {
            h.text(v.paused() ? "none while paused" : "none");
        } else {
            h.open("ol", "class", "next-runs");
            for (Instant t : v.nextRuns()) {
                h.open("li").el("time", Format.instant(t, s.zone()), "datetime", t.toString()).close("li");
            }
            h.close("ol");
        }
        h.close("td");
        h.open("td");
        if (v.lastRun() == null) {
            h.text("never");
        } else {
            Format.time(h, v.lastRun());
            if (v.lastJobId() != null) {
                h.text(" ").el("a", "job " + v.lastJobId(), "href", ctx.paths().to("jobs", v.lastJobId()));
            }
        }
        h.close("td");
        h.open("td");
        Badges.flag(h, v.paused(), "paused", "active");
        h.close("td");
        h.open("td", "class", "row-actions");
        String name = v.name();
        Forms.button(h, ctx, ctx.paths().to("schedules", name, v.paused() ? "resume" : "pause"),
                (v.paused() ? "Resume " : "Pause ") + name, v.paused() ? "button" : "button-warn");
        Forms.button(h, ctx, ctx.paths().to("schedules", name, "trigger"), "Run " + name + " now", "button");
        h.close("td");
        h.close("tr");
    }
}
