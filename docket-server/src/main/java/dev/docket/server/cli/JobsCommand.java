package dev.docket.server.cli;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code docket jobs}: a table of jobs, newest first. */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "Lists jobs, newest first.")
final class JobsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions client;

    @Option(names = "--state", paramLabel = "STATE",
            description = "Only jobs in this state (scheduled, available, running, retryable, succeeded, dead, cancelled; several with commas).")
    String state;

    @Option(names = "--queue", paramLabel = "QUEUE", description = "Only jobs of this queue.")
    String queue;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only jobs of this type.")
    String type;

    @Option(names = "--search", paramLabel = "TEXT", description = "Only jobs whose arguments or errors contain this text.")
    String search;

    @Option(names = "--limit", paramLabel = "N", description = "At most N jobs, 1-1000 (default 100).")
    Integer limit;

    @Option(names = "--cursor", paramLabel = "CURSOR", description = "Continue after a previous page.")
    String cursor;

    @Override
    public Integer call() {
        StringBuilder query = new StringBuilder();
        param(query, "state", state);
        param(query, "queue", queue);
        param(query, "type", type);
        param(query, "search", search);
        param(query, "limit", limit == null ? null : limit.toString());
        param(query, "cursor", cursor);
        ApiClient.Answer answer = client.client().get("/jobs" + query);
        PrintWriter out = spec.commandLine().getOut();
        if (client.json) {
            out.println(answer.body());
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode j : answer.json().path("jobs")) {
            rows.add(List.of(Output.text(j.get("id")), Output.text(j.get("state")), Output.text(j.get("type")),
                    Output.text(j.get("queue")), Output.text(j.get("priority")),
                    Output.text(j.get("attempt")) + "/" + Output.text(j.get("maxAttempts")),
                    Output.text(j.get("scheduledAt"))));
        }
        if (rows.isEmpty()) {
            out.println("no jobs");
        } else {
            Output.table(out, List.of("ID", "STATE", "TYPE", "QUEUE", "PRI", "ATTEMPT", "SCHEDULED"), rows);
        }
        JsonNode next = answer.json().get("nextCursor");
        if (next != null && next.isString()) {
            spec.commandLine().getErr().println("more: --cursor " + next.stringValue());
        }
        return 0;
    }

    private static void param(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(query.length() == 0 ? '?' : '&').append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
