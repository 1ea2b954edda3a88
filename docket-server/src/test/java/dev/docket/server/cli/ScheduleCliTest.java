package dev.docket.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.server.support.Http;
import dev.docket.server.support.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** The schedule commands against a real server, and {@code cron next} offline. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleCliTest {
    TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start(TestServer.Kind.SQLITE, null, b -> { });
    }

    @AfterAll
    void stop() {
        server.close();
    }

    record Run(int status, String out, String err) {
    }

    Run docket(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.get(0).equals("cron")) {
            all.add("--url");
            all.add(server.url());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DocketCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void createShowListPauseResumeTriggerDelete() {
        Run created = docket("schedule", "create", "nightly-report", "--cron", "30 2 * * *", "--tz", "Europe/Berlin",
                "--type", "reports.build", "--args", "{\"kind\":\"daily\"}", "--catch-up", "all");
        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).contains("name       nightly-report").contains("timing     cron 30 2 * * *")
                .contains("catchUp    all").contains("nextRuns");

        Run shown = docket("schedule", "nightly-report", "--json");
        JsonNode s = Http.json(shown.out());
        assertThat(s.path("nextRuns")).hasSize(5);
        assertThat(s.path("job").path("args")).isEqualTo(Http.json("{\"kind\":\"daily\"}"));

        Run list = docket("schedules");
        assertThat(list.out()).contains("NAME").contains("nightly-report").contains("Europe/Berlin").contains("reports.build");

        assertThat(docket("schedule", "pause", "nightly-report").out()).contains("schedule nightly-report paused");
        assertThat(docket("schedule", "nightly-report").out()).contains("paused     yes");
        assertThat(docket("schedule", "resume", "nightly-report").out()).contains("resumed; next run 20");

        Run triggered = docket("schedule", "trigger", "nightly-report");
        assertThat(triggered.status()).isZero();
        assertThat(triggered.out().trim()).matches("\\d+");

        assertThat(docket("schedule", "delete", "nightly-report").out()).contains("deleted");
        Run gone = docket("schedule", "nightly-report");
        assertThat(gone.status()).isEqualTo(1);
        assertThat(gone.err()).contains("no schedule named 'nightly-report'");
    }

    @Test
    void intervalSchedulesAndBadDefinitions() {
        Run every = docket("schedule", "create", "sync", "--every", "30s", "--type", "sync.run", "--json");
        assertThat(Http.json(every.out()).path("everyMs").longValue()).isEqualTo(30_000);
        Run bad = docket("schedule", "create", "broken", "--cron", "61 * * * *", "--type", "t");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).contains("minute");
        Run both = docket("schedule", "create", "both", "--cron", "* * * * *", "--every", "1m", "--type", "t");
        assertThat(both.status()).isEqualTo(2);
    }

    @Test
    void cronNextPrintsFireTimesAcrossADaylightSavingChange() {
        Run spring = docket("cron", "next", "30 2 * * *", "--tz", "Europe/Berlin", "--from", "2026-03-27T12:00:00Z",
                "--count", "3");
        assertThat(spring.status()).as(spring.err()).isZero();
        assertThat(spring.out().lines()).containsExactly("2026-03-28T02:30:00+01:00", "2026-03-29T03:00:00+02:00",
                "2026-03-30T02:30:00+02:00");

        Run hourly = docket("cron", "next", "0 * * * *", "--tz", "Europe/Berlin", "--from", "2026-10-24T23:30:00Z",
                "--count", "4");
        assertThat(hourly.out().lines()).containsExactly("2026-10-25T02:00:00+02:00", "2026-10-25T02:00:00+01:00",
                "2026-10-25T03:00:00+01:00", "2026-10-25T04:00:00+01:00");

        Run utc = docket("cron", "next", "@daily", "--from", "2030-01-01T00:00:00Z", "--count", "1");
        assertThat(utc.out().trim()).isEqualTo("2030-01-02T00:00:00Z");
    }

    @Test
    void cronNextNamesBadInput() {
        Run badExpr = docket("cron", "next", "0 25 * * *");
        assertThat(badExpr.status()).isEqualTo(2);
        assertThat(badExpr.err()).contains("hour");
        Run badZone = docket("cron", "next", "* * * * *", "--tz", "Mars/Base");
        assertThat(badZone.status()).isEqualTo(2);
        assertThat(badZone.err()).contains("--tz");
        Run badCount = docket("cron", "next", "* * * * *", "--count", "0");
        assertThat(badCount.status()).isEqualTo(2);
        Run never = docket("cron", "next", "0 0 30 2 *");
        assertThat(never.status()).isZero();
        assertThat(never.err()).contains("never fires");
    }
}
