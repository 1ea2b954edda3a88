package dev.docket.server.cli;

import dev.docket.Queues;
import dev.docket.server.DocketServer;
import dev.docket.server.ServerSettings;
import dev.docket.server.Signals;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code docket server}: runs a server until SIGTERM or Ctrl-C, then stops gracefully and exits 0. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Runs a Docket server: the HTTP API for the store, the dashboard at /, and workers for its queues.",
            "Prints 'docket listening on http://HOST:PORT' once it accepts requests.",
            "SIGTERM or Ctrl-C stops it gracefully: no new jobs are fetched, running ones get the grace period."})
final class ServerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "URL", defaultValue = "${env:DOCKET_STORE:-sqlite:docket-data/docket.db}",
            description = {"The store (env DOCKET_STORE; default ${DEFAULT-VALUE}):",
                "sqlite:PATH, jdbc:postgresql://HOST:PORT/DB?user=U&currentSchema=S, or memory:"})
    String store;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default ${DEFAULT-VALUE}); anything but loopback needs --token.")
    String bind;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
            description = "The port (default ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--queues", paramLabel = "NAME=N,…", defaultValue = "default=10",
            description = "Queues this process works and their concurrency (default ${DEFAULT-VALUE}).")
    String queues;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:DOCKET_TOKEN}",
            description = {"Require 'Authorization: Bearer TOKEN' on the API and /metrics, and sign-in with it",
                "on the dashboard (env DOCKET_TOKEN)."})
    String token;

    @Option(names = "--demo", description = "Register the demo job types demo.noop, demo.sleep, demo.fail and demo.echo.")
    boolean demo;

    @Option(names = "--allow-private-http",
            description = "Let http jobs call loopback, private and link-local addresses.")
    boolean allowPrivateHttp;

    @Option(names = "--shutdown-grace", paramLabel = "DURATION", defaultValue = "30s", converter = Durations.class,
            description = "How long running jobs may take to finish on stop (default ${DEFAULT-VALUE}).")
    Duration shutdownGrace;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        ServerSettings settings = ServerSettings.defaults().withStore(store).withBind(bind, port)
                .withQueues(parseQueues(queues))
                .withToken(token == null || token.isEmpty() ? null : token).withDemo(demo)
                .withAllowPrivateHttp(allowPrivateHttp).withShutdownGrace(shutdownGrace);
        try {
            settings.check();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        CountDownLatch stop = new CountDownLatch(1);
        boolean trapped = Signals.onTerminate(stop::countDown);
        DocketServer server = DocketServer.start(settings);
        if (!trapped) {
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "docket-shutdown"));
        }
        out.println("docket listening on " + server.url());
        out.flush();
        stop.await();
        server.close();
        return 0;
    }

    /** Reads {@code default=10,mail=4}. */
    private Map<String, Integer> parseQueues(String value) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String part : value.split(",")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            String name = eq < 0 ? p : p.substring(0, eq).trim();
            try {
                Queues.checkName(name);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--queues: " + e.getMessage());
            }
            int n;
            try {
                n = eq < 0 ? 10 : Integer.parseInt(p.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > 10_000) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--queues: concurrency of queue '"
                        + name + "' must be a number from 1 to 10000 (e.g. --queues default=10,mail=4)");
            }
            out.put(name, n);
        }
        return out;
    }
}
