package dev.docket.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** The operator's actions on one job: {@code retry}, {@code cancel}, {@code delete}. */
abstract class JobActionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions client;

    @Parameters(index = "0", paramLabel = "ID", description = "The job's id.")
    String id;

    /** Sends the action and returns the server's answer. */
    abstract ApiClient.Answer send(ApiClient api, String path);

    /** What to print for the job afterwards. */
    abstract String describe(String id, JsonNode answer);

    @Override
    public Integer call() {
        ApiClient.Answer answer = send(client.client(), "/jobs/" + ApiClient.segment(id));
        PrintWriter out = spec.commandLine().getOut();
        out.println(client.json ? answer.body() : describe(id, answer.json()));
        return 0;
    }

    /** {@code docket retry ID}. */
    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Makes a dead, cancelled, retryable (or scheduled) job available now.")
    static final class Retry extends JobActionCommand {
        @Override
        ApiClient.Answer send(ApiClient api, String path) {
            return api.post(path + "/retry", null);
        }

        @Override
        String describe(String id, JsonNode job) {
            return "job " + id + " retried (now " + Output.text(job.get("state")) + ")";
        }
    }

    /** {@code docket cancel ID}. */
    @Command(name = "cancel", mixinStandardHelpOptions = true,
            description = "Cancels a job; a running job's handler is asked to stop first.")
    static final class Cancel extends JobActionCommand {
        @Override
        ApiClient.Answer send(ApiClient api, String path) {
            return api.post(path + "/cancel", null);
        }

        @Override
        String describe(String id, JsonNode job) {
            String state = Output.text(job.get("state"));
            return state.equals("cancelled") ? "job " + id + " cancelled"
                    : "job " + id + " is " + state + "; it was asked to stop and will be cancelled";
        }
    }

    /** {@code docket delete ID}. */
    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes a job that is not running.")
    static final class Delete extends JobActionCommand {
        @Override
        ApiClient.Answer send(ApiClient api, String path) {
            return api.delete(path);
        }

        @Override
        String describe(String id, JsonNode answer) {
            return "job " + id + " deleted";
        }
    }
}
