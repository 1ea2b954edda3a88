package dev.docket.server.cli;

import dev.docket.web.json.Json;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code docket enqueue TYPE …}: enqueues one job and prints its id. */
@Command(name = "enqueue", mixinStandardHelpOptions = true,
        description = "Enqueues a job and prints its id.",
        footer = {"", "Example: docket enqueue demo.echo --args '{\"hello\":\"world\"}' --delay 30s"})
final class EnqueueCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions client;

    @Parameters(index = "0", paramLabel = "TYPE", description = "The job type's name, e.g. mail.welcome.")
    String type;

    @Option(names = "--args", paramLabel = "JSON", description = "The arguments as JSON (default {}).")
    String args;

    @Option(names = "--queue", paramLabel = "QUEUE", description = "The queue (default: the type's, else default).")
    String queue;

    @Option(names = "--priority", paramLabel = "0-9", description = "0 runs first (default 0).")
    Integer priority;

    @Option(names = "--delay", paramLabel = "DURATION", converter = Durations.class,
            description = "Run no earlier than this from now, e.g. 30s, 5m, 2h.")
    Duration delay;

    @Option(names = "--at", paramLabel = "INSTANT", description = "Run no earlier than this ISO-8601 instant, e.g. 2026-11-28T10:15:30Z.")
    String at;

    @Option(names = "--max-attempts", paramLabel = "N", description = "The most attempts (default 20).")
    Integer maxAttempts;

    @Option(names = "--unique-key", paramLabel = "KEY",
            description = "At most one unfinished job may hold this key; a second enqueue returns the first job.")
    String uniqueKey;

    @Override
    public Integer call() {
        ObjectNode body = Json.object();
        body.put("type", type);
        if (args != null) {
            body.set("args", parseArgs());
        }
        if (queue != null) {
            body.put("queue", queue);
        }
        if (priority != null) {
            body.put("priority", priority);
        }
        if (delay != null && at != null) {
            throw usage("give either --delay or --at, not both");
        }
        if (delay != null) {
            body.put("delayMs", delay.toMillis());
        }
        if (at != null) {
            try {
                body.put("runAt", Instant.parse(at).toString());
            } catch (DateTimeParseException e) {
                throw usage("--at must be an ISO-8601 instant such as 2026-11-28T10:15:30Z, was '" + at + "'");
            }
        }
        if (maxAttempts != null) {
            body.put("maxAttempts", maxAttempts);
        }
        if (uniqueKey != null) {
            body.put("uniqueKey", uniqueKey);
        }
        ApiClient.Answer answer = client.client().post("/jobs", body);
        PrintWriter out = spec.commandLine().getOut();
        if (client.json) {
            out.println(answer.body());
        } else {
            out.println(answer.json().path("id").stringValue());
            if (answer.json().path("duplicate").asBoolean(false)) {
                spec.commandLine().getErr().println("docket: an unfinished job already holds unique key '"
                        + uniqueKey + "'; that job's id is printed");
            }
        }
        return 0;
    }

    private JsonNode parseArgs() {
        try {
            return Json.parse(args.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw usage("--args is not valid JSON: " + e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
