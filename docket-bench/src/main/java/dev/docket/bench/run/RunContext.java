package dev.docket.bench.run;

import dev.docket.bench.options.BenchOptions;
import dev.docket.bench.report.Console;
import dev.docket.bench.report.ResultLine;
import dev.docket.bench.report.RunEnvironment;
import dev.docket.bench.store.PostgresProbe;
import dev.docket.bench.store.StoreTarget;

/**
 * What every mode runs with: the options, the store and where to report.
 *
 * @param options the parsed command line
 * @param target the store
 * @param console where facts, progress and the result go
 * @param loadAtStart the load averages when the run started
 * @param memorySampler the kernel's memory sampler (DAMON) when the run started: see
 *     {@link dev.docket.bench.report.MemorySampler}
 */
public record RunContext(BenchOptions options, StoreTarget target, Console console, String loadAtStart,
                         String memorySampler) {

    /** The PostgreSQL probe, or {@code null} for other stores. */
    public PostgresProbe postgres() {
        return target.kind() == StoreTarget.Kind.POSTGRES ? new PostgresProbe(target) : null;
    }

    /** Prints the workers' Docket settings. */
    public void describeEngine() {
        BenchDockets.describe(this);
    }

    /** Prints how long a timed run measures, after what warm-up, and how often it samples. */
    public void describeSampling() {
        BenchOptions.Sampling s = options.sampling();
        console.fact("duration", s.duration().toMillis() / 1000.0 + " s after a warm-up of "
                + s.warmup().toMillis() / 1000.0 + " s, sampled every " + s.interval().toMillis() / 1000.0 + " s");
    }

    /** With {@code --analyze}: runs ANALYZE on the PostgreSQL schema's tables now and says so. */
    public void analyzeIfAsked() {
        if (!options.analyze()) {
            return;
        }
        String schema = target.postgresSchema() == null ? "public" : target.postgresSchema();
        try (PostgresProbe probe = new PostgresProbe(target)) {
            probe.analyze(schema);
        }
        console.line("ran ANALYZE on the tables of schema " + schema + " (--analyze)");
    }

    /** Whether producer and workers can be two Dockets on one store (not so for a memory store). */
    public boolean shareable() {
        return target.kind() != StoreTarget.Kind.MEMORY;
    }

    /**
     * The result line starting with the contract's fields, in the contract's order; {@code NaN}
     * stands for a figure this mode does not measure.
     */
    public ResultLine result(long jobs, double enqueuePerSec, double processPerSec, double endToEndSec,
                             double latencyP50Ms, double latencyP99Ms) {
        return new ResultLine()
                .text("store", target.kind().label())
                .count("jobs", jobs)
                .rate("enqueuePerSec", enqueuePerSec)
                .rate("processPerSec", processPerSec)
                .decimal("endToEndSec", endToEndSec)
                .decimal("latencyP50Ms", latencyP50Ms)
                .decimal("latencyP99Ms", latencyP99Ms)
                .text("mode", options.mode().label())
                .count("workers", options.engine().workers());
    }

    /** Adds the run's environment to the end of {@code result}. */
    public ResultLine withEnvironment(ResultLine result) {
        return result
                .text("jdk", Runtime.version().toString())
                .count("cores", RunEnvironment.cores())
                .text("loadAverage", loadAtStart)
                .text("damon", memorySampler);
    }
}
