package dev.docket.server.cli;

import dev.docket.cron.CronExpression;
import dev.docket.cron.CronParseException;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code docket cron next EXPR}: when an expression fires, computed offline. */
@Command(name = "cron", mixinStandardHelpOptions = true, description = "Works with cron expressions, offline.",
        subcommands = CronCommand.Next.class)
final class CronCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code docket cron next EXPR [--tz ZONE] [--from INSTANT] [--count N]}. */
    @Command(name = "next", mixinStandardHelpOptions = true,
            description = "Prints the next fire times of a cron expression, one a line, as ISO-8601 with the zone's offset.",
            footer = {"", "Example: docket cron next '30 2 * * *' --tz Europe/Berlin --from 2026-03-27T00:00:00Z --count 3"})
    static final class Next implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EXPR", description = "The expression, e.g. '*/15 * * * *' or @daily.")
        String expression;

        @Option(names = "--tz", paramLabel = "ZONE", defaultValue = "UTC", description = "IANA time zone (default UTC).")
        String zone;

        @Option(names = "--from", paramLabel = "INSTANT", description = "Start after this instant (default now).")
        String from;

        @Option(names = "--count", paramLabel = "N", defaultValue = "5", description = "How many fire times (1-1000, default 5).")
        int count;

        @Override
        public Integer call() {
            CommandLine cli = spec.commandLine();
            if (count < 1 || count > 1000) {
                throw new CommandLine.ParameterException(cli, "--count must be 1-1000, was " + count);
            }
            CronExpression cron;
            ZoneId id;
            Instant start;
            try {
                cron = CronExpression.parse(expression);
            } catch (CronParseException e) {
                throw new CommandLine.ParameterException(cli, e.getMessage());
            }
            try {
                id = ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new CommandLine.ParameterException(cli, "--tz: '" + zone + "' is not an IANA time zone");
            }
            try {
                start = from == null ? Instant.now() : Instant.parse(from);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(cli, "--from: '" + from
                        + "' is not an ISO-8601 instant such as 2026-11-28T10:15:30Z");
            }
            List<Instant> times = cron.next(start, id, count);
            PrintWriter out = cli.getOut();
            for (Instant t : times) {
                out.println(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(id)));
            }
            if (times.isEmpty()) {
                cli.getErr().println("docket: '" + expression + "' never fires");
            }
            return 0;
        }
    }
}
