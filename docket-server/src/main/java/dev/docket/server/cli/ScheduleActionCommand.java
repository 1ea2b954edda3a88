package dev.docket.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code docket schedule pause|resume|trigger|delete NAME}. */
abstract class ScheduleActionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions client;

    @Parameters(index = "0", paramLabel = "NAME", description = "The schedule's name.")
    String name;

    abstract ApiClient.Answer send(ApiClient api, String path);

    abstract String done(ApiClient.Answer answer);

    @Override
    public Integer call() {
        ApiClient.Answer answer = send(client.client(), "/schedules/" + ApiClient.segment(name));
        PrintWriter out = spec.commandLine().getOut();
        out.println(client.json ? answer.body() : done(answer));
        return 0;
    }

    /** {@code docket schedule pause NAME}. */
    @Command(name = "pause", mixinStandardHelpOptions = true, description = "Stops the schedule firing.")
    static final class Pause extends ScheduleActionCommand {
        @Override
        ApiClient.Answer send(ApiClient api, String path) {
            return api.post(path + "/pause", null);
        }

        @Override
        String done(ApiClient.Answer answer) {
            return "schedule " + name + " paused";
        }
    }

    /** {@code docket schedule resume NAME}. */
    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = "Lets the schedule fire again from now on; ticks that passed while paused are not fired.")
    static final class Resume extends ScheduleActionCommand {
        @Override
        ApiClient.Answer send(ApiClient api, String path) {
            return api.post(path + "/resume", null);
        }

        @Override
        String done(ApiClient.Answer answer) {
            return "schedule " + name + " resumed; next run " + Output.text(answer.json().path("nextRuns").path(0));
        }
    }

    /** {@code docket schedule trigger NAME}. */
    @Command(name = "trigger", mixinStandardHelpOptions = true, description = "Enqueues the schedule's job now; prints its id.")
    static final class Trigger extends ScheduleActionCommand {
        @Override
        ApiClient.Answer send(ApiClient api, String path) {
            return api.post(path + "/trigger", null);
        }

        @Override
        String done(ApiClient.Answer answer) {
            return Output.text(answer.json().get("id"));
        }
    }

    /** {@code docket schedule delete NAME}. */
    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes the schedule (its jobs stay).")
    static final class Delete extends ScheduleActionCommand {
        @Override
        ApiClient.Answer send(ApiClient api, String path) {
            return api.delete(path);
        }

        @Override
        String done(ApiClient.Answer answer) {
            return "schedule " + name + " deleted";
        }
    }
}
