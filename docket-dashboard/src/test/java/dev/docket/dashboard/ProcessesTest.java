package dev.docket.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.admin.JobQuery;
import dev.docket.dashboard.support.DashboardFixture;
import dev.docket.dashboard.support.Seed;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The processes page: each process with its heartbeat, queues and the jobs it holds. */
class ProcessesTest {
    @Test
    void eachProcessListsTheJobsItHoldsAndNoOthers() {
        try (DashboardFixture f = DashboardFixture.started(null, "", b -> b.queue("mail", 3).processName("web-1"))) {
            Seed seed = new Seed(f.docket);
            String mine = seed.running("report.build", "{}", "reports", f.docket.processId());
            String theirs = seed.running("report.build", "{}", "reports", "elsewhere");
            assertThat(f.admin().jobs(JobQuery.all().withStates(Set.of(JobState.RUNNING)).withWorker(f.docket.processId()))
                    .jobs()).extracting(j -> j.id()).containsExactly(mine);
            String html = f.client().get("/processes").bodyText();
            assertThat(html).contains("<h2>web-1</h2>").contains(f.docket.processId()).contains("mail (3)")
                    .contains("href=\"/jobs/" + mine + "\"").doesNotContain("href=\"/jobs/" + theirs + "\"")
                    .contains("Last heartbeat");
        }
    }

    @Test
    void withoutProcessesThePageSaysSo() {
        try (DashboardFixture f = DashboardFixture.open()) {
            assertThat(f.client().get("/processes").bodyText()).contains("No Docket process is registered");
        }
    }
}
