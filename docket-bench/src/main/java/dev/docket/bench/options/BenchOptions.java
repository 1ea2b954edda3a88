package dev.docket.bench.options;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A parsed bench command line, every default filled in.
 *
 * @param mode what the run measures
 * @param storeUrl the store, as given (may hold a password: print it through {@code Stores.redact})
 * @param keep whether to keep the store's existing contents instead of starting from an empty one
 * @param analyze whether to run ANALYZE on the PostgreSQL schema's tables after the enqueue phase
 * @param json whether to print only the JSON result line
 * @param engine the Docket settings the workers run with
 * @param load what the run feeds in
 * @param sampling how long and how often it measures, and where samples go
 */
public record BenchOptions(Mode mode, String storeUrl, boolean keep, boolean analyze, boolean json, Engine engine,
                           Load load, Sampling sampling) {

    /**
     * The Docket settings of the workers.
     *
     * @param workers the bench queue's concurrency
     * @param fetchBatch the most jobs one claim takes, or {@code null} for Docket's default
     * @param pollInterval how often idle workers poll, or {@code null} for Docket's default
     * @param retention how long finished jobs are kept, or {@code null} for Docket's defaults
     */
    public record Engine(int workers, Integer fetchBatch, Duration pollInterval, Duration retention) {
    }

    /**
     * What is fed in.
     *
     * @param jobs jobs to enqueue (drain, idle, backlog)
     * @param batch jobs per bulk enqueue call (drain, backlog)
     * @param singleSample single enqueue calls timed for their latency (drain; 0 for none)
     * @param rate jobs per second the steady producer aims at
     * @param tick how often the steady producer enqueues what is due
     * @param pause the pause between two idle-mode jobs
     * @param jobTime how long each backlog-mode job takes
     * @param producer which Docket enqueues (steady, idle)
     * @param warmupJobs jobs a drain first enqueues and drains untimed, on an emptied store, or jobs
     *                   the idle mode first runs untimed, so the timed part runs on compiled code
     *                   (0 for none)
     */
    public record Load(int jobs, int batch, int singleSample, int rate, Duration tick, Duration pause, Duration jobTime,
                       Producer producer, int warmupJobs) {
    }

    /**
     * How the run is measured.
     *
     * @param duration how long the steady and backlog modes measure
     * @param warmup how long the steady producer runs before measuring starts
     * @param interval how often a sample is taken
     * @param csv where the steady samples are written, or {@code null}
     * @param chart where the steady chart (PNG) is written, or {@code null}
     * @param timeout how long a phase may take before the bench gives up
     */
    public record Sampling(Duration duration, Duration warmup, Duration interval, Path csv, Path chart,
                           Duration timeout) {
    }
}
