package dev.docket.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.dashboard.support.Client;
import dev.docket.dashboard.support.DashboardFixture;
import dev.docket.dashboard.support.Seed;
import dev.docket.web.WebResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Job lists: filters, search, cursor pages, and bounded page sizes. */
class JobListTest {
    private static final Pattern ROW = Pattern.compile("<tr data-job=\"([^\"]+)\">");
    private static final Pattern NEXT = Pattern.compile("href=\"([^\"]+)\" class=\"button-quiet\" rel=\"next\"");

    private static List<String> rows(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void pagesFollowTheCursorWithoutGapsOrRepeats() {
        try (DashboardFixture f = DashboardFixture.open()) {
            Seed seed = new Seed(f.docket);
            for (int i = 0; i < 23; i++) {
                seed.job("a.b", "{\"i\":" + i + "}", o -> { });
            }
            Client c = f.client();
            Set<String> seen = new LinkedHashSet<>();
            String url = "/jobs?limit=10";
            int pages = 0;
            while (url != null) {
                String html = c.get(url.replace("&amp;", "&")).bodyText();
                List<String> ids = rows(html);
                assertThat(ids.size()).isLessThanOrEqualTo(10);
                ids.forEach(id -> assertThat(seen.add(id)).as("repeated " + id).isTrue());
                Matcher next = NEXT.matcher(html);
                url = next.find() ? next.group(1) : null;
                if (pages > 0) {
                    assertThat(html).contains(">First page</a>");
                }
                pages++;
            }
            assertThat(pages).isEqualTo(3);
            assertThat(seen).hasSize(23);
        }
    }

    @Test
    void filtersAndSearchNarrowTheList() {
        try (DashboardFixture f = DashboardFixture.open()) {
            Seed seed = new Seed(f.docket);
            String mail = seed.dead("mail.send", "{\"to\":\"ann@example.com\"}", "mail", "SMTP timeout", null);
            String report = seed.dead("report.build", "{\"month\":\"may\"}", "default", "disk full", null);
            String waiting = seed.job("mail.send", "{\"to\":\"bob@example.com\"}", o -> o.queue("mail"));
            Client c = f.client();
            assertThat(rows(c.get("/jobs?queue=mail").bodyText())).containsExactlyInAnyOrder(mail, waiting);
            assertThat(rows(c.get("/jobs?type=report.build").bodyText())).containsExactly(report);
            assertThat(rows(c.get("/jobs?state=dead").bodyText())).containsExactlyInAnyOrder(mail, report);
            assertThat(rows(c.get("/jobs?q=BOB%40example").bodyText())).as("in arguments").containsExactly(waiting);
            assertThat(rows(c.get("/jobs?q=timeout").bodyText())).as("in errors").containsExactly(mail);
            assertThat(rows(c.get("/dead?queue=mail").bodyText())).containsExactly(mail);
            assertThat(rows(c.get("/dead?state=available").bodyText())).as("the page's own state wins")
                    .containsExactlyInAnyOrder(mail, report);
            assertThat(rows(c.get("/scheduled").bodyText())).isEmpty();
            String form = c.get("/jobs?queue=mail&q=timeout").bodyText();
            assertThat(form).contains("name=\"queue\" value=\"mail\"").contains("name=\"q\" value=\"timeout\"")
                    .contains("<label>Search arguments and errors <input type=\"search\"");
        }
    }

    @Test
    void pageSizesAndParametersAreBounded() {
        try (DashboardFixture f = DashboardFixture.open()) {
            Client c = f.client();
            assertThat(c.get("/jobs?limit=200").status()).isEqualTo(200);
            assertThat(c.get("/jobs?limit=1").status()).isEqualTo(200);
            for (String bad : new String[] {"limit=201", "limit=0", "limit=-5", "limit=1000000000000", "limit=ten",
                "state=finished", "cursor=abc", "q=" + "x".repeat(201), "queue=" + "q".repeat(201)}) {
                WebResponse r = c.get("/jobs?" + bad);
                assertThat(r.status()).as(bad).isEqualTo(400);
                assertThat(r.bodyText()).as(bad).contains("<h1>Bad request</h1>");
            }
            assertThat(c.get("/jobs?limit=201").bodyText()).contains("limit must be a number from 1 to 200");
            assertThat(c.get("/dead?limit=500").status()).isEqualTo(400);
        }
    }
}
