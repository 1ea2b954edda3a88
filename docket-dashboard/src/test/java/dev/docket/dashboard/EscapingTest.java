package dev.docket.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.dashboard.html.Paths;
import dev.docket.dashboard.support.Client;
import dev.docket.dashboard.support.DashboardFixture;
import dev.docket.dashboard.support.HtmlChecks;
import dev.docket.dashboard.support.XssCorpus;
import dev.docket.memory.MemoryStore;
import dev.docket.schedule.JobSchedule;
import dev.docket.web.WebResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whatever jobs and schedules contain appears as text: with the corpus placed everywhere, every page
 * is still made only of the dashboard's own markup, and no payload appears unescaped.
 */
class EscapingTest {
    @Test
    void theCorpusNeverBecomesMarkupOnAnyPage() {
        MemoryStore store = new MemoryStore();
        try (DashboardFixture f = DashboardFixture.on(store)) {
            List<String> ids = XssCorpus.seed(f.docket, store);
            List<String> urls = new ArrayList<>(PagesTest.PAGES);
            urls.add("/jobs?limit=200");
            urls.add("/dead?limit=200");
            urls.add("/scheduled?limit=200");
            ids.forEach(id -> urls.add("/jobs/" + id));
            for (String p : XssCorpus.PAYLOADS) {
                String v = Paths.query(p);
                urls.add("/jobs?queue=" + v + "&type=" + v + "&q=" + v);
                urls.add("/dead?q=" + v);
                urls.add("/jobs/" + Paths.segment(p));
                urls.add("/jobs?state=" + v);
            }
            Client c = f.client();
            int pages = 0;
            for (String url : urls) {
                WebResponse r = c.get(url);
                assertThat(r.status()).as(url).isIn(200, 400, 404);
                String html = r.bodyText();
                HtmlChecks.onlyOwnMarkup(url, html, "");
                for (String p : XssCorpus.markup()) {
                    assertThat(html).as(url).doesNotContain(p);
                }
                pages++;
            }
            assertThat(pages).isGreaterThan(150);
            String all = c.get("/jobs?limit=200").bodyText();
            assertThat(all).as("the payloads are shown, as text")
                    .contains("&lt;script&gt;window.__xss=&#39;p1&#39;&lt;/script&gt;")
                    .contains("&quot; autofocus onfocus=&quot;window.__xss=&#39;p7&#39;&quot; x=&quot;");
            String schedules = c.get("/schedules").bodyText();
            assertThat(schedules).contains("data-schedule=\"xss-0\"")
                    .as("a stored schedule whose name breaks the rules is not shown").doesNotContain("p15");
        }
    }

    @Test
    void namesThatCouldCarryMarkupAreRefusedWhereTheyAreDefined() {
        try (DashboardFixture f = DashboardFixture.open()) {
            for (String p : XssCorpus.markup()) {
                assertThatThrownBy(() -> JobSchedule.cron(p, "* * * * *").job("a.b", Map.of()).build())
                        .isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> f.admin().pauseQueue(p)).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }
}
