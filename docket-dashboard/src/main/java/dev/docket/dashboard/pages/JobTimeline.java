package dev.docket.dashboard.pages;

import dev.docket.Job;
import dev.docket.JobError;
import dev.docket.dashboard.html.Format;
import dev.docket.dashboard.html.Html;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A job's life in time order: created, due (when later), each failed attempt with its error and
 * stack trace, the latest attempt's start, and the end.
 */
final class JobTimeline {
    /** One entry; {@code rank} orders entries of the same instant (an attempt starts before it fails). */
    private record Event(Instant at, int rank, String cssClass, String title, Consumer<Html> detail) {
    }

    private JobTimeline() {
    }

    static void render(Html h, Job job) {
        List<Event> events = new ArrayList<>();
        events.add(new Event(job.createdAt(), 0, "event", "Created", d -> d.text(" in queue " + job.queue())));
        if (job.scheduledAt() != null && job.createdAt() != null && job.scheduledAt().isAfter(job.createdAt())) {
            events.add(new Event(job.scheduledAt(), 1, "event", "Due", d -> { }));
        }
        if (job.errors() != null) {
            for (JobError e : job.errors()) {
                events.add(new Event(e.at(), 2 * e.attempt() + 1, "event event-error",
                        "Attempt " + e.attempt() + " failed", d -> error(d, e)));
            }
        }
        if (job.startedAt() != null) {
            events.add(new Event(job.startedAt(), 2 * job.attempt(), "event", "Attempt " + job.attempt() + " started", d -> { }));
        }
        if (job.finishedAt() != null) {
            events.add(new Event(job.finishedAt(), Integer.MAX_VALUE, "event event-end state-" + job.state().wireName(), "Finished",
                    d -> d.text(" as " + job.state().wireName())));
        }
        events.sort(Comparator.comparing(Event::at, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                .thenComparingInt(Event::rank));
        h.open("section", "class", "timeline", "aria-labelledby", "timeline-title");
        h.el("h2", "Timeline", "id", "timeline-title");
        h.open("ol", "class", "timeline-list");
        for (Event e : events) {
            h.open("li", "class", e.cssClass());
            Format.time(h, e.at());
            h.text(" ").el("strong", e.title());
            e.detail().accept(h);
            h.close("li");
        }
        h.close("ol");
        h.close("section");
    }

    private static void error(Html h, JobError e) {
        h.el("p", e.message(), "class", "error-message");
        if (e.stack() != null && !e.stack().isBlank()) {
            h.open("details").el("summary", "Stack trace of attempt " + e.attempt());
            h.open("pre", "class", "stack", "tabindex", "0").el("code", e.stack()).close("pre");
            h.close("details");
        }
    }
}
