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

/** {@code docket schedules}: every schedule with its timing, next run and last run. */
@Command(name = "schedules", mixinStandardHelpOptions = true, description = "Lists the schedules.")
final class SchedulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions client;

    @Override
    public Integer call() {
        ApiClient.Answer answer = client.client().get("/schedules");
        PrintWriter out = spec.commandLine().getOut();
        if (client.json) {
            out.println(answer.body());
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode s : answer.json().path("schedules")) {
            rows.add(List.of(Output.text(s.get("name")), ScheduleText.timing(s), Output.text(s.get("timezone")),
                    Output.text(s.path("job").get("type")), s.path("paused").asBoolean() ? "yes" : "no",
                    s.path("nextRuns").isEmpty() ? "-" : Output.text(s.path("nextRuns").get(0)),
                    Output.text(s.get("lastRun"))));
        }
        if (rows.isEmpty()) {
            out.println("no schedules");
        } else {
            Output.table(out, List.of("NAME", "TIMING", "ZONE", "JOB", "PAUSED", "NEXT RUN", "LAST RUN"), rows);
        }
        return 0;
    }
}
