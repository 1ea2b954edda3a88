package dev.docket.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code docket job ID}: one job, every field. */
@Command(name = "job", mixinStandardHelpOptions = true, description = "Shows one job.")
final class JobCommand implements Callable<Integer> {
    private static final List<String> FIELDS = List.of("id", "type", "queue", "state", "priority", "attempt",
            "maxAttempts", "uniqueKey", "createdAt", "scheduledAt", "startedAt", "finishedAt", "args", "meta",
            "result", "progress");

    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions client;

    @Parameters(index = "0", paramLabel = "ID", description = "The job's id.")
    String id;

    @Override
    public Integer call() {
        ApiClient.Answer answer = client.client().get("/jobs/" + ApiClient.segment(id));
        PrintWriter out = spec.commandLine().getOut();
        if (client.json) {
            out.println(answer.body());
            return 0;
        }
        print(out, answer.json());
        return 0;
    }

    static void print(PrintWriter out, JsonNode job) {
        for (String field : FIELDS) {
            out.printf("%-12s %s%n", field, Output.text(job.get(field)));
        }
        JsonNode errors = job.path("errors");
        out.printf("%-12s %s%n", "errors", errors.isEmpty() ? "-" : errors.size());
        for (JsonNode e : errors) {
            out.printf("  attempt %s at %s: %s%n", Output.text(e.get("attempt")), Output.text(e.get("at")),
                    Output.text(e.get("message")));
        }
    }
}
