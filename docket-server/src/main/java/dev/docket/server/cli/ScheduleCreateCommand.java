package dev.docket.server.cli;

import dev.docket.web.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code docket schedule create NAME (--cron EXPR | --every DURATION) --type TYPE …}: creates or redefines one. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Creates a schedule, or redefines it (keeping its firing state when the timing is unchanged).",
        footer = {"", "Example: docket schedule create nightly-report --cron '30 2 * * *' --tz Europe/Berlin"
                + " --type reports.build --args '{\"kind\":\"daily\"}'"})
final class ScheduleCreateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions client;

    @Parameters(index = "0", paramLabel = "NAME", description = "The schedule's name.")
    String name;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Timing timing;

    /** Exactly one of the two timings. */
    static final class Timing {
        @Option(names = "--cron", paramLabel = "EXPR", description = "A cron expression (5 fields, or 6 with seconds first).")
        String cron;

        @Option(names = "--every", paramLabel = "DURATION", converter = Durations.class,
                description = "A fixed interval, e.g. 30s, 5m, 1h.")
        Duration every;
    }

    @Option(names = "--tz", paramLabel = "ZONE", description = "The IANA time zone the cron expression is read in (default UTC).")
    String zone;

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "The job type each tick enqueues.")
    String type;

    @Option(names = "--args", paramLabel = "JSON", description = "The job's arguments as JSON (default {}).")
    String args;

    @Option(names = "--queue", paramLabel = "QUEUE", description = "The job's queue.")
    String queue;

    @Option(names = "--overlap", paramLabel = "POLICY", description = "allow (default), skip or buffer.")
    String overlap;

    @Option(names = "--catch-up", paramLabel = "POLICY", description = "none, one (default) or all.")
    String catchUp;

    @Option(names = "--paused", description = "Create it paused.")
    boolean paused;

    @Override
    public Integer call() {
        ObjectNode body = Json.object();
        if (timing.cron != null) {
            body.put("cron", timing.cron);
        } else {
            body.put("everyMs", timing.every.toMillis());
        }
        if (zone != null) {
            body.put("timezone", zone);
        }
        ObjectNode job = body.putObject("job");
        job.put("type", type);
        if (args != null) {
            try {
                job.set("args", Json.parse(args.getBytes(StandardCharsets.UTF_8)));
            } catch (RuntimeException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--args is not JSON: " + e.getMessage());
            }
        }
        if (queue != null) {
            job.put("queue", queue);
        }
        if (overlap != null) {
            body.put("overlap", overlap);
        }
        if (catchUp != null) {
            body.put("catchUp", catchUp);
        }
        if (paused) {
            body.put("paused", true);
        }
        ApiClient.Answer answer = client.client().put("/schedules/" + ApiClient.segment(name), body);
        if (client.json) {
            spec.commandLine().getOut().println(answer.body());
        } else {
            ScheduleText.print(spec.commandLine().getOut(), answer.json());
        }
        return 0;
    }
}
