package dev.docket.reliability;

import dev.docket.reliability.check.Result;
import dev.docket.reliability.report.Table;
import dev.docket.reliability.scenario.RunContext;
import dev.docket.reliability.scenario.Scenario;
import dev.docket.reliability.scenario.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the battery: {@code Main [--short] [--out DIR] [scenario…]} (all scenarios when none is
 * named), one after the other, and prints a Markdown report; the same report is written to
 * {@code report.md} in the output directory, beside every ledger and worker log. Exits 1 when a
 * check failed.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        boolean full = true;
        Path out = Path.of("target", "reliability", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--short" -> full = false;
                case "--out" -> out = Path.of(args[++i]);
                case "--help", "-h" -> {
                    usage();
                    return;
                }
                default -> names.add(args[i]);
            }
        }
        Map<String, Scenario> all = Scenarios.all();
        if (names.isEmpty()) {
            names.addAll(all.keySet());
        }
        for (String n : names) {
            if (!all.containsKey(n)) {
                System.err.println("unknown scenario '" + n + "'; known: " + String.join(", ", all.keySet()));
                System.exit(2);
            }
        }
        List<Result> results = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        for (String n : names) {
            Scenario s = all.get(n);
            RunContext ctx = RunContext.create(out, n, full);
            ctx.log("%s: %s (%s)", n, s.title(), full ? "full" : "short");
            Result r;
            try {
                r = s.run(ctx);
            } catch (Exception | AssertionError e) {
                e.printStackTrace();
                r = new Result(n, full ? "full" : "short").check("the scenario ran to its end", false,
                        e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            results.add(r);
            details.append(Table.details(r));
            System.out.print(Table.details(r));
        }
        String report = Table.summary(results) + "\n" + details;
        Files.writeString(Files.createDirectories(out).resolve("report.md"), report);
        System.out.println();
        System.out.print(report);
        System.out.println("ledgers, worker logs and report.md are in " + out.toAbsolutePath());
        System.exit(results.stream().allMatch(Result::passed) ? 0 : 1);
    }

    private static void usage() {
        System.out.println("usage: bin/reliability [--short] [--out DIR] [scenario...]");
        System.out.println("scenarios: " + String.join(", ", Scenarios.all().keySet()));
    }
}
