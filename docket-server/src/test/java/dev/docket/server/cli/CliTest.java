package dev.docket.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.server.support.Await;
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

/** The client commands, run in-process against a real server: output, --json and exit codes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliTest {
    TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start(TestServer.Kind.SQLITE, "cli-token", b -> { });
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
    }

    Run docket(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.isEmpty() && !all.get(0).equals("server") && !all.contains("--help") && !all.contains("--url")) {
            all.add("--url");
            all.add(server.url());
            all.add("--token");
            all.add("cli-token");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DocketCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void enqueuePrintsTheIdAndTheJobCanBeShown() {
        Run enqueued = docket("enqueue", "demo.echo", "--args", "{\"hello\":\"cli\"}", "--priority", "2");
        assertThat(enqueued.status()).as(enqueued.err()).isZero();
        String id = enqueued.out().trim();
        assertThat(id).matches("\\d+");
        Await.until("the echo job succeeds", () -> docket("job", id, "--json").out().contains("\"state\":\"succeeded\""));

        Run shown = docket("job", id);
        assertThat(shown.status()).isZero();
        assertThat(shown.out()).contains("id           " + id).contains("type         demo.echo")
                .contains("state        succeeded").contains("priority     2").contains("result       {\"hello\":\"cli\"}");

        Run json = docket("job", id, "--json");
        JsonNode node = Http.json(json.out());
        assertThat(node.path("id").stringValue()).isEqualTo(id);
        assertThat(node.path("result")).isEqualTo(Http.json("{\"hello\":\"cli\"}"));
    }

    @Test
    void enqueueOptionsReachTheJob() {
        Run run = docket("enqueue", "cli.later", "--queue", "cli-q", "--delay", "5m", "--max-attempts", "3",
                "--unique-key", "once", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode job = Http.json(run.out());
        assertThat(job.path("state").stringValue()).isEqualTo("scheduled");
        assertThat(job.path("queue").stringValue()).isEqualTo("cli-q");
        assertThat(job.path("maxAttempts").intValue()).isEqualTo(3);

        Run again = docket("enqueue", "cli.later", "--queue", "cli-q", "--unique-key", "once");
        assertThat(again.status()).isZero();
        assertThat(again.out().trim()).isEqualTo(job.path("id").stringValue());
        assertThat(again.err()).contains("already holds unique key 'once'");

        Run at = docket("enqueue", "cli.at", "--at", "2099-01-01T00:00:00Z", "--json");
        assertThat(Http.json(at.out()).path("scheduledAt").stringValue()).isEqualTo("2099-01-01T00:00:00.000Z");
    }

    @Test
    void jobsPrintsATableAndFilters() {
        docket("enqueue", "cli.table", "--queue", "tq");
        docket("enqueue", "cli.table", "--queue", "tq");
        Run run = docket("jobs", "--type", "cli.table", "--state", "available", "--limit", "1");
        assertThat(run.status()).as(run.err()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines[0]).startsWith("ID").contains("STATE").contains("TYPE").contains("QUEUE").contains("ATTEMPT");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains("available").contains("cli.table").contains("tq").contains("0/20");
        assertThat(run.err()).startsWith("more: --cursor ");

        Run json = docket("jobs", "--type", "cli.table", "--json");
        assertThat(Http.json(json.out()).path("jobs")).hasSize(2);
        assertThat(docket("jobs", "--type", "cli.none").out().trim()).isEqualTo("no jobs");
    }

    @Test
    void retryCancelAndDeleteReportWhatHappened() {
        String id = docket("enqueue", "cli.ops", "--queue", "ops-q").out().trim();
        assertThat(docket("cancel", id).out().trim()).isEqualTo("job " + id + " cancelled");
        assertThat(docket("retry", id).out().trim()).isEqualTo("job " + id + " retried (now available)");
        assertThat(docket("delete", id).out().trim()).isEqualTo("job " + id + " deleted");

        Run missing = docket("job", id);
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("no job with id '" + id + "'").contains("HTTP 404");
        Run missingJson = docket("delete", id, "--json");
        assertThat(missingJson.status()).isEqualTo(1);
        assertThat(Http.json(missingJson.out()).path("error").stringValue()).isEqualTo("not_found");
    }

    @Test
    void aRefusedActionExits1WithTheServersMessage() {
        String id = docket("enqueue", "demo.noop").out().trim();
        Await.until("noop succeeds", () -> docket("job", id, "--json").out().contains("\"state\":\"succeeded\""));
        Run run = docket("retry", id);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("succeeded").contains("HTTP 409");
    }

    @Test
    void queuesArePausedResumedAndListed() {
        docket("enqueue", "cli.q", "--queue", "cli-pause");
        assertThat(docket("pause", "cli-pause").out().trim()).isEqualTo("queue cli-pause paused");
        Run table = docket("queues");
        assertThat(table.status()).isZero();
        assertThat(table.out().split("\n")[0]).startsWith("QUEUE").contains("PAUSED").contains("AVAILABLE").contains("LATENCY");
        assertThat(table.out()).containsPattern("(?m)^cli-pause +yes +0 +1 ");
        assertThat(docket("resume", "cli-pause", "--json").out()).contains("\"paused\":false");
        assertThat(Http.json(docket("queues", "--json").out()).path("queues").isArray()).isTrue();
    }

    @Test
    void usageErrorsExit2() {
        assertThat(docket("enqueue").status()).isEqualTo(2);
        assertThat(docket("enqueue", "t", "--args", "{nope").status()).isEqualTo(2);
        assertThat(docket("enqueue", "t", "--delay", "soon").status()).isEqualTo(2);
        assertThat(docket("enqueue", "t", "--delay", "5s", "--at", "2099-01-01T00:00:00Z").status()).isEqualTo(2);
        assertThat(docket("enqueue", "t", "--at", "tomorrow").status()).isEqualTo(2);
        assertThat(docket("jobs", "--limit", "many").status()).isEqualTo(2);
        assertThat(docket("frobnicate").status()).isEqualTo(2);
        Run usage = docket("job");
        assertThat(usage.status()).isEqualTo(2);
        assertThat(usage.err()).contains("Missing required parameter: 'ID'");
    }

    @Test
    void serverErrorsExit1() {
        Run bad = docket("enqueue", "t", "--priority", "12");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).contains("'priority'").contains("HTTP 400");
        Run badLimit = docket("jobs", "--limit", "5000");
        assertThat(badLimit.status()).isEqualTo(1);
        assertThat(badLimit.err()).contains("'limit'");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DocketCli.run(new String[] {"jobs", "--url", server.url()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("token").contains("HTTP 401");

        status = DocketCli.run(new String[] {"queues", "--url", "http://127.0.0.1:1"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("cannot reach the Docket server at http://127.0.0.1:1");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("server", "enqueue", "job", "jobs", "retry", "cancel", "delete", "queues", "pause",
                "resume", "schedules", "schedule", "cron")) {
            Run help = docket(command, "--help");
            assertThat(help.status()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: docket " + command);
        }
        Run root = docket("--help");
        assertThat(root.out()).contains("enqueue").contains("server").contains("Exit status");
    }

    @Test
    void theServerRefusesAPublicBindWithoutAToken() {
        Run run = docket("server", "--bind", "0.0.0.0", "--port", "0", "--store", "memory:");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("refusing to listen on 0.0.0.0 without a token");
        Run queues = docket("server", "--queues", "default=0", "--store", "memory:");
        assertThat(queues.status()).isEqualTo(2);
        assertThat(queues.err()).contains("--queues");
        Run token = docket("server", "--token", "has space", "--store", "memory:");
        assertThat(token.status()).isEqualTo(2);
        assertThat(token.err()).contains("--token");
    }
}
