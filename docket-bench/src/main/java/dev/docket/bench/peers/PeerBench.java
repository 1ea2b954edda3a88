package dev.docket.bench.peers;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * {@code bench --peer jobrunr|db-scheduler --store URL --jobs N [--workers W] [--json]}: Docket's
 * drain method run against another job system on the same PostgreSQL server, for a side-by-side
 * comparison. Prints the configuration and the peer's settings, then the figures, then one JSON line
 * (only the JSON line with {@code --json}).
 */
public final class PeerBench {
    /** Loggers of the peers and the pool, quieted to warnings unless already configured. */
    private static final String[] QUIET = {"org.jobrunr", "com.github.kagkarlsson", "com.zaxxer.hikari"};

    private PeerBench() {
    }

    /**
     * Runs a peer drain with {@code args} and prints the result to standard output.
     *
     * @return the exit status: 0 done, 1 the run failed, 2 the arguments are wrong
     */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        PeerOptions options;
        try {
            options = PeerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(PeerOptions.USAGE);
            return 2;
        }
        quietPeerLogs();
        double loadBefore = ProcessCpu.loadAverage();
        DrainResult result;
        try {
            if (options.warmupJobs() > 0) {
                DrainRun.run(options.warmUp());
            }
            result = DrainRun.run(options);
        } catch (TimeoutException | RuntimeException e) {
            err.println(options.peer().id() + " drain failed: " + e.getMessage());
            return 1;
        }
        if (!options.json()) {
            describe(out, result, options.warmupJobs(), loadBefore);
        }
        out.println(result.toJson());
        return 0;
    }

    /** Sets slf4j-simple's level for the peers to warn; must happen before their first logger exists. */
    static void quietPeerLogs() {
        for (String name : QUIET) {
            String key = "org.slf4j.simpleLogger.log." + name;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
    }

    private static void describe(PrintStream out, DrainResult r, int warmupJobs, double loadBefore) {
        out.println("system: " + r.system());
        out.println("store: " + r.store());
        out.println("jobs: " + r.jobs());
        out.println("warm-up: " + (warmupJobs == 0 ? "none (--warmup-jobs 0)" : String.format(Locale.ROOT,
                "%,d jobs drained the same way, untimed, on a database dropped and created again afterwards",
                warmupJobs)));
        out.println("mode: drain (all jobs enqueued first, then processed)");
        out.println("jdk: " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs");
        for (Map.Entry<String, Object> s : r.settings().entrySet()) {
            out.println("setting " + s.getKey() + ": " + s.getValue());
        }
        out.println(String.format(Locale.ROOT, "enqueue: %.3f s, %.0f jobs/s", r.enqueueNanos() / 1e9,
                r.enqueuePerSec()));
        out.println(String.format(Locale.ROOT, "process: %.3f s, %.0f jobs/s (first job ran %.3f s after the start)",
                r.processNanos() / 1e9, r.processPerSec(), r.firstJobNanos() / 1e9));
        out.println(String.format(Locale.ROOT, "end to end: %.3f s", r.endToEndSec()));
        out.println(r.cpuMicrosPerJob() == null ? "cpu: unknown"
                : String.format(Locale.ROOT, "cpu: %.1f µs a job (this JVM, both phases)", r.cpuMicrosPerJob()));
        out.println(String.format(Locale.ROOT, "commits: %d, %.0f/s (the peer's database, both phases)", r.commits(),
                r.commitsPerSec()));
        out.println(String.format(Locale.ROOT, "load average (1 min): %.2f before, %.2f after", loadBefore,
                ProcessCpu.loadAverage()));
    }
}
