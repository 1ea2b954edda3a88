package dev.docket.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code docket pause QUEUE} and {@code docket resume QUEUE}. */
abstract class QueueActionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions client;

    @Parameters(index = "0", paramLabel = "QUEUE", description = "The queue's name.")
    String queue;

    abstract String action();

    abstract String done();

    @Override
    public Integer call() {
        ApiClient.Answer answer = client.client().post("/queues/" + ApiClient.segment(queue) + "/" + action(), null);
        PrintWriter out = spec.commandLine().getOut();
        out.println(client.json ? answer.body() : "queue " + queue + " " + done());
        return 0;
    }

    /** {@code docket pause QUEUE}. */
    @Command(name = "pause", mixinStandardHelpOptions = true,
            description = "Stops handing out the queue's jobs, in every process; running jobs finish.")
    static final class Pause extends QueueActionCommand {
        @Override
        String action() {
            return "pause";
        }

        @Override
        String done() {
            return "paused";
        }
    }

    /** {@code docket resume QUEUE}. */
    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Hands out the queue's jobs again.")
    static final class Resume extends QueueActionCommand {
        @Override
        String action() {
            return "resume";
        }

        @Override
        String done() {
            return "resumed";
        }
    }
}
