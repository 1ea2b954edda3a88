package dev.docket.bench;

import dev.docket.bench.measure.HeapMeter;
import dev.docket.bench.options.BenchOptions;
import dev.docket.bench.options.Mode;
import dev.docket.bench.options.OptionParser;
import dev.docket.bench.options.UsageException;
import dev.docket.bench.report.Console;
import dev.docket.bench.report.MemorySampler;
import dev.docket.bench.report.ResultLine;
import dev.docket.bench.report.RunEnvironment;
import dev.docket.bench.run.BacklogRun;
import dev.docket.bench.run.CommitRun;
import dev.docket.bench.run.DrainRun;
import dev.docket.bench.run.EnqueueRun;
import dev.docket.bench.run.IdleRun;
import dev.docket.bench.run.RunContext;
import dev.docket.bench.run.SteadyRun;
import dev.docket.bench.store.StoreFacts;
import dev.docket.bench.store.StoreReset;
import dev.docket.bench.store.StoreTarget;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The Docket benchmark runner: reads the command line, prints the configuration, empties the store
 * (unless {@code --keep}), runs the mode and prints the JSON result as the last line.
 */
public final class BenchCommand {
    /** Exit status of a run that failed. */
    public static final int FAILED = 1;
    /** Exit status of a usage error. */
    public static final int USAGE = 2;

    private BenchCommand() {
    }

    /** Runs a command line; returns the exit status. {@code env} reads environment variables. */
    public static int run(String[] args, PrintStream out, PrintStream err, UnaryOperator<String> env) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            out.print(Usage.TEXT);
            return 0;
        }
        try {
            BenchOptions options = new OptionParser(env).parse(args);
            StoreTarget target = StoreTarget.of(options.storeUrl());
            Console console = new Console(out, options.json());
            RunContext ctx = new RunContext(options, target, console, RunEnvironment.loadAverage(),
                    MemorySampler.describe());
            describe(ctx);
            console.fact("store reset", options.keep() ? "no (--keep)" : StoreReset.reset(target));
            StoreFacts.of(target).forEach((name, value) -> console.fact("store " + name, value));
            console.result(run(ctx));
            return 0;
        } catch (UsageException e) {
            err.println("docket bench: " + e.getMessage());
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("docket bench: interrupted");
            return FAILED;
        } catch (RuntimeException e) {
            err.println("docket bench: the run failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return FAILED;
        }
    }

    private static ResultLine run(RunContext ctx) throws InterruptedException {
        return switch (ctx.options().mode()) {
            case DRAIN -> new DrainRun(ctx).run();
            case STEADY -> new SteadyRun(ctx).run();
            case IDLE -> new IdleRun(ctx).run();
            case BACKLOG -> new BacklogRun(ctx).run();
            case COMMIT -> new CommitRun(ctx).run();
            case ENQUEUE -> new EnqueueRun(ctx).run();
        };
    }

    private static void describe(RunContext ctx) {
        Console console = ctx.console();
        BenchOptions o = ctx.options();
        console.fact("mode", o.mode().label());
        console.fact("store", ctx.target().redacted() + " (" + ctx.target().kind().label() + ")");
        if (o.mode() == Mode.COMMIT) {
            console.fact("connections", o.engine().workers() + " (--workers), each committing at rate / connections");
        } else {
            if (o.mode() != Mode.STEADY) {
                console.fact("jobs", String.format(Locale.ROOT, "%,d", o.load().jobs()));
            }
            if (o.mode() != Mode.ENQUEUE) {
                ctx.describeEngine();
            }
        }
        console.fact("jdk", RunEnvironment.jdk());
        console.fact("cores", RunEnvironment.cores());
        console.fact("max heap", String.format(Locale.ROOT, "%.0f MiB", HeapMeter.maxMb()));
        console.fact("load average", ctx.loadAtStart());
        console.fact("kernel memory sampler (DAMON)", ctx.memorySampler());
    }
}
