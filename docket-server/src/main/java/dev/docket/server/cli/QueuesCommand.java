package dev.docket.server.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code docket queues}: every queue with its counts per state. */
@Command(name = "queues", mixinStandardHelpOptions = true, description = "Lists the queues and their jobs per state.")
final class QueuesCommand implements Callable<Integer> {
    private static final List<String> STATES =
            List.of("scheduled", "available", "running", "retryable", "succeeded", "dead", "cancelled");

    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions client;

    @Override
    public Integer call() {
        ApiClient.Answer answer = client.client().get("/queues");
        PrintWriter out = spec.commandLine().getOut();
        if (client.json) {
            out.println(answer.body());
            return 0;
        }
        List<String> header = new ArrayList<>(List.of("QUEUE", "PAUSED"));
        STATES.forEach(s -> header.add(s.toUpperCase(java.util.Locale.ROOT)));
        header.add("LATENCY");
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode q : answer.json().path("queues")) {
            List<String> row = new ArrayList<>(List.of(Output.text(q.get("name")), q.path("paused").asBoolean() ? "yes" : "no"));
            STATES.forEach(s -> row.add(Output.text(q.path("counts").get(s))));
            row.add(q.path("latencyMs").asLong() / 1000.0 + "s");
            rows.add(row);
        }
        if (rows.isEmpty()) {
            out.println("no queues");
        } else {
            Output.table(out, header, rows);
        }
        return 0;
    }
}
