package dev.docket.server.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root {@code docket} command; each subcommand is one class listed here. */
@Command(name = "docket",
        mixinStandardHelpOptions = true,
        versionProvider = DocketCli.Version.class,
        description = "Background jobs: run a Docket server, or talk to one.",
        subcommands = {
            ServerCommand.class,
            EnqueueCommand.class,
            JobCommand.class,
            JobsCommand.class,
            JobActionCommand.Retry.class,
            JobActionCommand.Cancel.class,
            JobActionCommand.Delete.class,
            QueuesCommand.class,
            QueueActionCommand.Pause.class,
            QueueActionCommand.Resume.class,
            SchedulesCommand.class,
            ScheduleCommand.class,
            CronCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "bin/docket bench [--store URL] [--jobs N] [--workers W] [--json]: benchmarks, run from the"
                + " bench jar (bin/docket bench --help).",
            "", "Exit status: 0 success, 1 the request failed (the message is printed), 2 a usage error."})
public final class DocketCli implements Runnable {
    /** Exit status when the server answered with an error or could not be reached. */
    public static final int FAILED = 1;
    /** Exit status for a usage error. */
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs a command line with the process's standard streams. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }

    /** Runs a command line, printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** The configured command line. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new DocketCli());
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILED);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof ApiFailure failure) {
                failure.print(commandLine.getOut(), err);
                return FAILED;
            }
            if (e instanceof IllegalArgumentException) {
                err.println("docket: " + e.getMessage());
                return USAGE;
            }
            err.println("docket: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return FAILED;
        });
        return cli;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = DocketCli.class.getPackage().getImplementationVersion();
            return new String[] {"docket " + (v == null ? "(development build)" : v)};
        }
    }
}
