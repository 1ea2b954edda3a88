package dev.docket.dashboard.pages;

import dev.docket.admin.Throughput;
import dev.docket.dashboard.html.Format;
import dev.docket.dashboard.html.Html;
import dev.docket.dashboard.http.PageContext;
import dev.docket.web.WebResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Jobs finished per minute over the last hour: processed (succeeded, dead or cancelled) and failed
 * (dead). The chart is drawn by the dashboard's script from {@link #json}; the table holds the same
 * numbers for readers without JavaScript and for screen readers.
 */
final class ThroughputSection {
    static final int MINUTES = 60;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ThroughputSection() {
    }

    static void render(Html h, PageContext ctx) {
        Map<Instant, Throughput> rows = lastHour(ctx);
        h.open("section", "class", "throughput", "aria-labelledby", "throughput-title");
        h.el("h2", "Finished per minute, last hour", "id", "throughput-title");
        h.open("div", "class", "chart", "id", "throughput-chart", "data-chart", "throughput",
                "data-src", ctx.paths().to("overview", "throughput.json"), "role", "img",
                "aria-label", "Chart of jobs processed and failed per minute over the last hour; the table below has the numbers");
        h.close("div");
        h.open("details", "class", "chart-table");
        h.el("summary", "The numbers, minute by minute");
        h.open("div", "class", "table-wrap").open("table", "class", "grid compact");
        h.open("thead").open("tr").el("th", "Minute (UTC)", "scope", "col").el("th", "Processed", "scope", "col", "class", "num")
                .el("th", "Succeeded", "scope", "col", "class", "num").el("th", "Failed (dead)", "scope", "col", "class", "num")
                .el("th", "Cancelled", "scope", "col", "class", "num").close("tr").close("thead").open("tbody");
        rows.forEach((minute, t) -> {
            long processed = t.succeeded() + t.dead() + t.cancelled();
            if (processed == 0) {
                return;
            }
            h.open("tr").open("td");
            Format.time(h, minute);
            h.close("td").el("td", processed, "class", "num").el("td", t.succeeded(), "class", "num")
                    .el("td", t.dead(), "class", "num").el("td", t.cancelled(), "class", "num").close("tr");
        });
        h.close("tbody").close("table").close("div").close("details");
        h.close("section");
    }

    /** The last hour as JSON columns for the chart: minute starts (epoch seconds), processed, failed. */
    static WebResponse json(PageContext ctx) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode minutes = o.putArray("minutes");
        ArrayNode processed = o.putArray("processed");
        ArrayNode failed = o.putArray("failed");
        lastHour(ctx).forEach((minute, t) -> {
            minutes.add(minute.getEpochSecond());
            processed.add(t.succeeded() + t.dead() + t.cancelled());
            failed.add(t.dead());
        });
        return WebResponse.json(200, JSON.writeValueAsString(o).getBytes(StandardCharsets.UTF_8));
    }

    /** Every minute of the last hour, oldest first, zeros where nothing finished. */
    private static Map<Instant, Throughput> lastHour(PageContext ctx) {
        Instant last = ctx.now().truncatedTo(ChronoUnit.MINUTES);
        Map<Instant, Throughput> rows = new TreeMap<>();
        for (int i = MINUTES - 1; i >= 0; i--) {
            Instant m = last.minus(Duration.ofMinutes(i));
            rows.put(m, new Throughput(m, 0, 0, 0));
        }
        List<Throughput> data = ctx.site().admin().throughput(Duration.ofMinutes(MINUTES));
        for (Throughput t : data) {
            Instant m = t.minute().truncatedTo(ChronoUnit.MINUTES);
            if (rows.containsKey(m)) {
                rows.put(m, t);
            }
        }
        return rows;
    }
}
