package dev.docket.dashboard.pages;

import dev.docket.Job;
import dev.docket.JobState;
import dev.docket.dashboard.html.Format;
import dev.docket.dashboard.html.Html;
import dev.docket.dashboard.http.PageContext;
import dev.docket.dashboard.http.PageException;
import dev.docket.web.WebResponse;
import java.util.Set;

/**
 * One job: what it is, its arguments and metadata as indented JSON, its attempts as a timeline
 * with each error and stack trace, its progress and result, and the actions its state allows.
 */
public final class JobDetailPage {
    private static final Set<JobState> RETRYABLE = Set.of(JobState.DEAD, JobState.CANCELLED, JobState.RETRYABLE,
            JobState.SCHEDULED);

    private JobDetailPage() {
    }

    public static WebResponse page(PageContext ctx, String id) {
        Job job = ctx.site().admin().job(id)
                .orElseThrow(() -> PageException.notFound("There is no job with id " + Format.shorten(id, 80) + "."));
        return Layout.page(ctx, 200, "Job " + job.id(), Nav.JOBS, h -> {
            h.open("p", "class", "job-heading");
            Badges.state(h, job.state());
            h.text(" ").el("span", job.type(), "class", "mono job-type");
            h.close("p");
            actions(h, ctx, job);
            facts(h, job);
            h.open("div", "class", "columns");
            json(h, "Arguments", "args", Format.json(job.argsJson()));
            json(h, "Metadata", "meta", Format.json(job.meta()));
            if (job.progressJson() != null) {
                json(h, "Progress", "progress", Format.json(job.progressJson()));
            }
            if (job.resultJson() != null) {
                json(h, "Result", "result", Format.json(job.resultJson()));
            }
            h.close("div");
            JobTimeline.render(h, job);
        });
    }

    private static void actions(Html h, PageContext ctx, Job job) {
        h.open("div", "class", "actions", "role", "group", "aria-label", "Actions");
        if (RETRYABLE.contains(job.state())) {
            Forms.button(h, ctx, ctx.paths().to("jobs", job.id(), "retry"),
                    job.state() == JobState.SCHEDULED ? "Run now" : "Retry", "button");
        }
        if (JobState.UNFINISHED.contains(job.state())) {
            Forms.buttonWithConfirm(h, ctx, ctx.paths().to("jobs", job.id(), "cancel"),
                    job.state() == JobState.RUNNING ? "Cancel (ask it to stop)" : "Cancel", "button-warn",
                    "Cancel this job?");
        }
        if (job.state() != JobState.RUNNING) {
            Forms.buttonWithConfirm(h, ctx, ctx.paths().to("jobs", job.id(), "delete"), "Delete", "button-danger",
                    "Delete this job? This cannot be undone.");
        }
        h.close("div");
    }

    private static void facts(Html h, Job job) {
        h.open("dl", "class", "facts");
        fact(h, "Id", job.id());
        fact(h, "Type", job.type());
        fact(h, "Queue", job.queue());
        fact(h, "State", job.state().wireName());
        fact(h, "Priority", job.priority());
        fact(h, "Attempt", job.attempt() + " of " + job.maxAttempts());
        fact(h, "Unique key", job.uniqueKey() == null ? "—" : job.uniqueKey());
        h.el("dt", "Created").open("dd");
        Format.time(h, job.createdAt());
        h.close("dd");
        h.el("dt", job.state() == JobState.SCHEDULED ? "Due" : "Scheduled for").open("dd");
        Format.time(h, job.scheduledAt());
        h.close("dd");
        if (job.lease() != null) {
            fact(h, "Held by", job.lease().worker());
            h.el("dt", "Lease expires").open("dd");
            Format.time(h, job.lease().expiresAt());
            h.close("dd");
            if (job.lease().cancelRequested()) {
                fact(h, "Cancel", "requested: the handler was asked to stop");
            }
        }
        h.close("dl");
    }

    private static void fact(Html h, String name, Object value) {
        h.el("dt", name).el("dd", value);
    }

    private static void json(Html h, String title, String id, String text) {
        h.open("section", "class", "json-block", "aria-labelledby", id + "-title");
        h.el("h2", title, "id", id + "-title");
        h.open("pre", "class", "json", "id", id, "tabindex", "0").el("code", text).close("pre");
        h.close("section");
    }
}
