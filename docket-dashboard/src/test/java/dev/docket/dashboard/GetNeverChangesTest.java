package dev.docket.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.dashboard.support.Client;
import dev.docket.dashboard.support.DashboardFixture;
import dev.docket.dashboard.support.Seed;
import dev.docket.dashboard.support.State;
import dev.docket.schedule.JobSchedule;
import dev.docket.web.Route;
import dev.docket.web.WebResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading never changes anything: every GET route, and GET on every action's address. */
class GetNeverChangesTest {
    @Test
    void everyGetLeavesJobsQueuesAndSchedulesAsTheyWere() {
        try (DashboardFixture f = DashboardFixture.open()) {
            Seed seed = new Seed(f.docket);
            String dead = seed.dead("a.b", "{}", "default", "boom", null);
            seed.job("a.b", "{}", o -> o.delay(Duration.ofHours(1)));
            seed.running("c.d", "{}", "mail", "w-1");
            f.admin().putSchedule(JobSchedule.cron("nightly", "0 3 * * *").job("r.b", Map.of()).build());
            f.admin().pauseQueue("mail");
            Client c = f.client();
            String before = State.of(f.admin());
            int calls = 0;
            for (Route r : f.web.routes()) {
                String t = r.path().template();
                if (t.startsWith("/api/") || t.equals("/health") || t.equals("/metrics")) {
                    continue;
                }
                String url = t.replace("{id}", dead).replace("{name}", t.startsWith("/queues") ? "mail" : "nightly")
                        .replace("{file}", "dashboard.js");
                for (String query : new String[] {"", "?done=deleted&n=3", "?state=dead&limit=10&_csrf=x&token=y"}) {
                    WebResponse got = c.get(url + query);
                    assertThat(got.status()).as("GET " + url + query).isIn(200, 303, 405);
                    calls++;
                }
            }
            assertThat(calls).isGreaterThan(60);
            assertThat(State.of(f.admin())).isEqualTo(before);
        }
    }
}
