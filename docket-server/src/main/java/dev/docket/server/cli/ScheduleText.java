package dev.docket.server.cli;

import java.io.PrintWriter;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** How the CLI prints a schedule object. */
final class ScheduleText {
    private ScheduleText() {
    }

    /** {@code cron 30 2 * * *} or {@code every 30000ms}. */
    static String timing(JsonNode s) {
        return s.hasNonNull("cron") ? "cron " + s.get("cron").asString() : "every " + s.path("everyMs").asLong() + "ms";
    }

    static void print(PrintWriter out, JsonNode s) {
        List<List<String>> rows = List.of(
                List.of("name", Output.text(s.get("name"))),
                List.of("timing", timing(s)),
                List.of("timezone", Output.text(s.get("timezone"))),
                List.of("job", Output.text(s.path("job").get("type")) + " " + s.path("job").path("args")),
                List.of("overlap", Output.text(s.get("overlap"))),
                List.of("catchUp", Output.text(s.get("catchUp"))),
                List.of("paused", s.path("paused").asBoolean() ? "yes" : "no"),
                List.of("lastRun", Output.text(s.get("lastRun"))),
                List.of("lastJobId", Output.text(s.get("lastJobId"))));
        for (List<String> row : rows) {
            out.printf("%-10s %s%n", row.get(0), row.get(1));
        }
        out.println("nextRuns");
        if (s.path("nextRuns").isEmpty()) {
            out.println("  -");
        }
        s.path("nextRuns").forEach(t -> out.println("  " + t.asString()));
    }
}
