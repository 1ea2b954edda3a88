package dev.docket.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code docket schedule NAME}: one schedule with its next runs; subcommands change schedules. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Shows a schedule with its next runs, or creates, pauses, resumes, triggers or deletes one.",
        subcommands = {
            ScheduleCreateCommand.class,
            ScheduleActionCommand.Pause.class,
            ScheduleActionCommand.Resume.class,
            ScheduleActionCommand.Trigger.class,
            ScheduleActionCommand.Delete.class
        })
final class ScheduleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions client;

    @Parameters(index = "0", paramLabel = "NAME", arity = "0..1", description = "The schedule's name.")
    String name;

    @Override
    public Integer call() {
        if (name == null) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
        ApiClient.Answer answer = client.client().get("/schedules/" + ApiClient.segment(name));
        if (client.json) {
            spec.commandLine().getOut().println(answer.body());
        } else {
            ScheduleText.print(spec.commandLine().getOut(), answer.json());
        }
        return 0;
    }
}
