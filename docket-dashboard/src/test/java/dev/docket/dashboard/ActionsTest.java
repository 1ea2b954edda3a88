package dev.docket.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.admin.QueueView;
import dev.docket.dashboard.support.Client;
import dev.docket.dashboard.support.DashboardFixture;
import dev.docket.dashboard.support.Seed;
import dev.docket.dashboard.support.State;
import dev.docket.schedule.JobSchedule;
import dev.docket.web.WebResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every button: what it changes through the admin model, where it leads, and what it refuses. */
class ActionsTest {
    private static JobState state(DashboardFixture f, String id) {
        return f.admin().job(id).orElseThrow().state();
    }

    private static void seeOther(WebResponse r, String location) {
        assertThat(r.status()).as(r.bodyText()).isEqualTo(303);
        assertThat(r.headers().get("Location")).isEqualTo(location);
    }

    @Test
    void retryCancelAndDeleteAJob() {
        try (DashboardFixture f = DashboardFixture.open()) {
            Seed seed = new Seed(f.docket);
            Client c = f.client();
            String dead = seed.dead("a.b", "{}", "default", "boom", null);
            seeOther(c.postFrom("/dead", "/jobs/" + dead + "/retry"), "/jobs/" + dead + "?done=retried");
            assertThat(state(f, dead)).isEqualTo(JobState.AVAILABLE);
            assertThat(c.get("/jobs/" + dead + "?done=retried").bodyText())
                    .contains("The job was retried: it is available now.");

            String later = seed.job("a.b", "{}", o -> o.delay(Duration.ofHours(2)));
            seeOther(c.postFrom("/dead", "/jobs/" + later + "/cancel"), "/jobs/" + later + "?done=cancelled");
            assertThat(state(f, later)).isEqualTo(JobState.CANCELLED);

            String running = seed.running("c.d", "{}", "default", "w-1");
            seeOther(c.postFrom("/dead", "/jobs/" + running + "/cancel"), "/jobs/" + running + "?done=cancel-requested");
            assertThat(f.admin().job(running).orElseThrow().lease().cancelRequested()).isTrue();

            seeOther(c.postFrom("/dead", "/jobs/" + later + "/delete"), "/jobs?done=deleted");
            assertThat(f.admin().job(later)).isEmpty();
        }
    }

    @Test
    void runNowMakesAScheduledJobAvailableAndGoesBackToTheList() {
        try (DashboardFixture f = DashboardFixture.open()) {
            String later = new Seed(f.docket).job("a.b", "{}", o -> o.delay(Duration.ofHours(2)));
            Client c = f.client();
            String list = c.get("/scheduled").bodyText();
            assertThat(list).contains(">Run now " + later + "</button>").contains("name=\"back\" value=\"/scheduled\"");
            seeOther(c.postFrom("/scheduled", "/jobs/" + later + "/retry", "back", "/scheduled?queue=default"),
                    "/scheduled?queue=default&done=retried");
            assertThat(state(f, later)).isEqualTo(JobState.AVAILABLE);
        }
    }

    @Test
    void aForeignBackAddressIsIgnored() {
        try (DashboardFixture f = DashboardFixture.open()) {
            Seed seed = new Seed(f.docket);
            Client c = f.client();
            String[] backs = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
                "/jobs\r\nSet-Cookie: x=1"};
            for (int i = 0; i < backs.length; i++) {
                String back = backs[i];
                String dead = seed.dead("a.b" + i, "{}", "default", "boom", null);
                seeOther(c.postFrom("/dead", "/jobs/" + dead + "/retry", "back", back), "/jobs/" + dead + "?done=retried");
            }
        }
    }

    @Test
    void refusedActionsSayWhyAndChangeNothing() {
        try (DashboardFixture f = DashboardFixture.open()) {
            Seed seed = new Seed(f.docket);
            Client c = f.client();
            String ok = seed.succeeded("a.b", "{}", "default", null);
            String running = seed.running("a.b", "{}", "default", "w-1");
            String before = State.of(f.admin());
            WebResponse retry = c.postFrom("/dead", "/jobs/" + ok + "/retry");
            assertThat(retry.status()).isEqualTo(409);
            assertThat(retry.bodyText()).contains("is succeeded and cannot be retried");
            assertThat(c.postFrom("/dead", "/jobs/" + ok + "/cancel").status()).isEqualTo(409);
            WebResponse delete = c.postFrom("/dead", "/jobs/" + running + "/delete");
            assertThat(delete.status()).isEqualTo(409);
            assertThat(delete.bodyText()).contains("cancel it first");
            assertThat(State.of(f.admin())).isEqualTo(before);
        }
    }

    @Test
    void pauseAndResumeAQueue() {
        try (DashboardFixture f = DashboardFixture.open()) {
            new Seed(f.docket).job("a.b", "{}", o -> o.queue("mail"));
            Client c = f.client();
            assertThat(c.get("/queues").bodyText()).contains(">Pause mail</button>");
            seeOther(c.postFrom("/queues", "/queues/mail/pause"), "/queues?done=queue-paused");
            assertThat(f.admin().queues()).filteredOn(q -> q.name().equals("mail")).extracting(QueueView::paused)
                    .containsExactly(true);
            assertThat(c.get("/queues?done=queue-paused").bodyText()).contains(">Resume mail</button>")
                    .contains("The queue is paused");
            seeOther(c.postFrom("/queues", "/queues/mail/resume"), "/queues?done=queue-resumed");
            assertThat(f.admin().queues()).filteredOn(q -> q.name().equals("mail")).extracting(QueueView::paused)
                    .containsExactly(false);
            assertThat(c.postFrom("/queues", "/queues/bad%20name/pause").status()).isEqualTo(400);
        }
    }

    @Test
    void pauseResumeAndTriggerASchedule() {
        try (DashboardFixture f = DashboardFixture.open()) {
            f.admin().putSchedule(JobSchedule.cron("nightly", "0 3 * * *").job("reports.build", Map.of()).build());
            Client c = f.client();
            assertThat(c.get("/schedules").bodyText()).contains(">Pause nightly</button>").contains(">Run nightly now</button>");
            seeOther(c.postFrom("/schedules", "/schedules/nightly/pause"), "/schedules?done=schedule-paused");
            assertThat(f.admin().schedule("nightly").orElseThrow().paused()).isTrue();
            seeOther(c.postFrom("/schedules", "/schedules/nightly/resume"), "/schedules?done=schedule-resumed");
            assertThat(f.admin().schedule("nightly").orElseThrow().paused()).isFalse();
            seeOther(c.postFrom("/schedules", "/schedules/nightly/trigger"), "/schedules?done=schedule-triggered");
            assertThat(f.admin().jobs(dev.docket.admin.JobQuery.all().withType("reports.build")).jobs()).hasSize(1);
        }
    }

    @Test
    void bulkRetryAndDeleteTouchOnlyTheDeadJobsThatMatchTheFilter() {
        try (DashboardFixture f = DashboardFixture.open()) {
            Seed seed = new Seed(f.docket);
            String mail1 = seed.dead("mail.send", "{\"to\":\"x\"}", "mail", "SMTP timeout", null);
            String mail2 = seed.dead("mail.send", "{\"to\":\"y\"}", "mail", "SMTP refused", null);
            String report = seed.dead("report.build", "{}", "default", "disk full", null);
            String alive = seed.job("mail.send", "{}", o -> o.queue("mail"));
            Client c = f.client();
            seeOther(c.postFrom("/dead", "/dead/retry", "queue", "mail", "q", "timeout"), "/dead?queue=mail&q=timeout&done=retried-all&n=1");
            assertThat(state(f, mail1)).isEqualTo(JobState.AVAILABLE);
            assertThat(state(f, mail2)).isEqualTo(JobState.DEAD);
            assertThat(c.get("/dead?queue=mail&q=timeout&done=retried-all&n=1").bodyText()).contains("Dead jobs retried: 1.");
            seeOther(c.postFrom("/dead", "/dead/delete", "type", "report.build"), "/dead?type=report.build&done=deleted-all&n=1");
            assertThat(f.admin().job(report)).isEmpty();
            assertThat(state(f, mail2)).isEqualTo(JobState.DEAD);
            assertThat(state(f, alive)).isEqualTo(JobState.AVAILABLE);
            seeOther(c.postFrom("/dead", "/dead/delete"), "/dead?done=deleted-all&n=1");
            assertThat(f.admin().job(mail2)).isEmpty();
            assertThat(f.admin().job(mail1)).isPresent();
        }
    }
}
