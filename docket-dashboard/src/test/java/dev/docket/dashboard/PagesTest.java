package dev.docket.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.dashboard.support.Client;
import dev.docket.dashboard.support.DashboardFixture;
import dev.docket.dashboard.support.Seed;
import dev.docket.schedule.JobSchedule;
import dev.docket.web.WebResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every page renders from the admin model, at the root and under a base path. */
class PagesTest {
    static final List<String> PAGES = List.of("/", "/queues", "/jobs", "/scheduled", "/dead", "/schedules", "/processes");

    @ParameterizedTest
    @ValueSource(strings = {"", "/jobs", "/ops/docket"})
    void everyPageRendersWithTheWholeNavigationUnderItsBasePath(String base) {
        try (DashboardFixture f = DashboardFixture.open(null, base)) {
            Seed seed = new Seed(f.docket);
            String dead = seed.dead("mail.send", "{\"to\":\"a@example.com\"}", "mail", "SMTP down", "at x.y(Z.java:1)");
            f.admin().putSchedule(JobSchedule.cron("nightly", "0 3 * * *").zone("Europe/Berlin")
                    .job("reports.build", Map.of("kind", "daily")).build());
            Client c = f.client();
            for (String page : PAGES) {
                WebResponse r = c.get(f.url(page));
                assertThat(r.status()).as(page).isEqualTo(200);
                assertThat(r.headers().get("Content-Type")).isEqualTo("text/html; charset=utf-8");
                String html = r.bodyText();
                assertThat(html).as(page).startsWith("<!doctype html>");
                for (String nav : List.of("/", "/queues", "/jobs", "/scheduled", "/dead", "/schedules", "/processes")) {
                    assertThat(html).as(page + " links " + nav).contains("href=\"" + f.url(nav) + "\"");
                }
                assertThat(html).contains("aria-current=\"page\"");
                assertThat(html).as("assets live under the base path").contains("src=\"" + base + "/static/htmx.min.js?v=");
                java.util.regex.Matcher m = java.util.regex.Pattern
                        .compile("(href|src|action|hx-get|data-src)=\"(/[^\"]*)\"").matcher(html);
                int urls = 0;
                while (m.find()) {
                    urls++;
                    assertThat(m.group(2)).as(page + " " + m.group()).startsWith(base.isEmpty() ? "/" : base);
                }
                assertThat(urls).isGreaterThan(10);
            }
            assertThat(c.get(f.url("/jobs/" + dead)).status()).isEqualTo(200);
        }
    }

    @Test
    void theJobPageShowsArgumentsMetadataTimelineResultAndActions() {
        try (DashboardFixture f = DashboardFixture.open()) {
            Seed seed = new Seed(f.docket);
            String dead = seed.dead("mail.send", "{\"to\":\"a@example.com\",\"n\":[1,2]}", "mail",
                    "java.io.IOException: SMTP down", "java.io.IOException: SMTP down\n\tat mail.Sender.send(Sender.java:42)");
            String html = f.client().get("/jobs/" + dead).bodyText();
            assertThat(html).contains("<h1>Job " + dead + "</h1>")
                    .contains("&quot;to&quot; : &quot;a@example.com&quot;")
                    .contains("Attempt 1 failed").contains("java.io.IOException: SMTP down")
                    .contains("at mail.Sender.send(Sender.java:42)").contains("Stack trace of attempt 1")
                    .contains("Finished</strong> as dead")
                    .contains(">Retry</button>").contains(">Delete</button>").doesNotContain(">Cancel");
            assertThat(html.indexOf("Attempt 1 started")).as("an attempt starts before it fails")
                    .isLessThan(html.indexOf("Attempt 1 failed")).isGreaterThan(html.indexOf("Created</strong>"));
            assertThat(html.indexOf("Attempt 1 failed")).isLessThan(html.indexOf("Finished</strong>"));
            String ok = seed.succeeded("report.build", "{}", "default", "{\"rows\":12}");
            assertThat(f.client().get("/jobs/" + ok).bodyText()).contains("<h2 id=\"result-title\">Result</h2>")
                    .contains("&quot;rows&quot; : 12").doesNotContain(">Retry</button>").contains(">Delete</button>");
            String later = seed.job("report.build", "{}", o -> o.delay(Duration.ofHours(1)).meta("tenant", "acme"));
            assertThat(f.client().get("/jobs/" + later).bodyText()).contains(">Run now</button>")
                    .contains(">Cancel</button>").contains("&quot;tenant&quot; : &quot;acme&quot;").contains("Due</strong>");
            String running = seed.running("report.build", "{}", "default", "worker-7");
            assertThat(f.client().get("/jobs/" + running).bodyText()).contains("Cancel (ask it to stop)")
                    .doesNotContain(">Delete</button>").contains("worker-7");
        }
    }

    @Test
    void unknownJobsAndPathsAnswerNotFoundPages() {
        try (DashboardFixture f = DashboardFixture.open()) {
            Client c = f.client();
            for (String id : List.of("999999", "not-an-id", "%3Cscript%3E")) {
                WebResponse r = c.get("/jobs/" + id);
                assertThat(r.status()).as(id).isEqualTo(404);
                assertThat(r.bodyText()).contains("<h1>Not found</h1>").contains("There is no job with id")
                        .doesNotContain("<script>");
                assertThat(r.headers()).containsKey("Content-Security-Policy");
            }
            assertThat(c.postFrom("/dead", "/schedules/missing/trigger").status()).isEqualTo(404);
            assertThat(c.postFrom("/dead", "/jobs/424242/retry").status()).isEqualTo(404);
        }
    }

    @Test
    void theOverviewPollsAFragmentAndTheChartReadsAnHourOfMinutes() {
        try (DashboardFixture f = DashboardFixture.open()) {
            new Seed(f.docket).succeeded("a.b", "{}", "default", null);
            WebResponse live = f.client().get("/overview/live");
            assertThat(live.status()).isEqualTo(200);
            assertThat(live.bodyText()).startsWith("<section id=\"live\"").doesNotContain("<html")
                    .contains("hx-get=\"/overview/live\"").contains("hx-trigger=\"every 5s\"")
                    .contains("data-state=\"succeeded\" data-count=\"1\"");
            WebResponse json = f.client().get("/overview/throughput.json");
            assertThat(json.headers().get("Content-Type")).startsWith("application/json");
            assertThat(json.bodyText()).startsWith("{\"minutes\":[").contains("\"processed\":[").contains("\"failed\":[");
            assertThat(json.bodyText().split("\"processed\"")[0].split(",")).hasSize(60);
        }
    }

    @Test
    void theSchedulesPageShowsTimingQueueNextRunsAndPausedState() {
        try (DashboardFixture f = DashboardFixture.open()) {
            f.admin().putSchedule(JobSchedule.every("cleanup", Duration.ofMinutes(15)).job("cart.cleanup", Map.of()).build());
            f.admin().putSchedule(JobSchedule.cron("digest", "0 9 * * MON").zone("America/New_York")
                    .job("mail.send", Map.of("t", "digest"), o -> o.queue("mail")).paused(true).build());
            String html = f.client().get("/schedules").bodyText();
            assertThat(html).contains("every 15 min</span></td>").contains("cart.cleanup</span> on default")
                    .contains("0 9 * * MON</span><span class=\"zone\"> America/New_York</span>")
                    .contains("mail.send</span> on mail").contains("none while paused")
                    .contains(">Resume digest</button>").contains(">Pause cleanup</button>")
                    .contains("&quot;t&quot; : &quot;digest&quot;");
            assertThat(html.split("<li><time").length - 1).as("five next runs of the active one").isEqualTo(5);
        }
    }
}
