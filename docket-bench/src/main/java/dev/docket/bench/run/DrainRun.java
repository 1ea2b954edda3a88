package dev.docket.bench.run;

import dev.docket.Docket;
import dev.docket.JobState;
import dev.docket.bench.measure.CompletionCounter;
import dev.docket.bench.measure.CpuClock;
import dev.docket.bench.measure.LatencyHistogram;
import dev.docket.bench.options.BenchOptions;
import dev.docket.bench.options.Durations;
import dev.docket.bench.report.Console;
import dev.docket.bench.report.ResultLine;
import dev.docket.bench.store.PostgresProbe;
import dev.docket.bench.store.StoreReset;
import dev.docket.bench.store.StoreTarget;
import java.time.Duration;
import java.util.Locale;

/**
 * Drain mode: a sample of single enqueues is timed, N jobs are enqueued in bulk (timed), then the
 * workers start and the clock runs until the store has recorded all N as succeeded.
 *
 * <p>Before that, unless {@code --warmup-jobs 0}, a warm-up round enqueues and drains that many jobs
 * the same way, untimed, and the store is emptied again: the timed run then measures code the JIT
 * has compiled rather than the JVM's first seconds (the peer drains get the same warm-up).
 *
 * <p>On shareable stores the enqueueing Docket is not the workers' one, and it is never started, so
 * the PostgreSQL commit count of the drain is not mixed with the enqueue's. On PostgreSQL it is the
 * warm-up's producer again, so that the timed enqueue runs on connections that have worked before (a
 * new server process pays a page fault for each page of shared memory it first touches); on SQLite
 * the store's file is deleted between the rounds, and each round has a producer of its own, closed
 * before the drain. The latency fields are null:
 * a drained job waits behind the whole backlog by design (steady and idle modes measure latency).
 */
public final class DrainRun {
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final RunContext ctx;

    public DrainRun(RunContext ctx) {
        this.ctx = ctx;
    }

    public ResultLine run() throws InterruptedException {
        BenchOptions.Load load = ctx.options().load();
        Console console = ctx.console();
        console.fact("batch", load.batch() + " jobs per enqueueAll call");
        console.fact("single-enqueue sample", load.singleSample() + " enqueue calls into queue '"
                + BenchJob.SAMPLE_QUEUE + "' (not worked)");
        console.fact("latency", "not measured in drain mode (jobs wait behind the backlog by design)");
        boolean warmProducer = ctx.target().kind() == StoreTarget.Kind.POSTGRES;
        console.fact("producer", warmProducer ? "one Docket for the warm-up's enqueues and the timed ones,"
                + " so the timed enqueue runs on connections that have worked before, as in an application"
                : ctx.shareable() ? "a Docket of its own, closed before the drain" : "the workers' Docket");
        try (Docket producer = warmProducer ? BenchDockets.producer(ctx) : null) {
            warmUp(producer);
            CompletionCounter counter = new CompletionCounter();
            Docket workers = BenchDockets.workers(ctx, (job, context) -> { }, counter);
            try (PostgresProbe pg = ctx.postgres()) {
                return run(counter, workers, pg, producer);
            }
        }
    }

    /**
     * Runs the timed run's steps untimed, with {@code --warmup-jobs} jobs: the single-enqueue sample,
     * the bulk enqueue and the drain; then empties the store again. Every path the timed run takes
     * is compiled by then: one left out (the single enqueues once were) sends the JIT back to work,
     * deoptimizing code shared with it, in the middle of the timed run. {@code warmProducer}, if not
     * null, enqueues here and again in the timed run; otherwise a producer of the round's own does.
     */
    private void warmUp(Docket warmProducer) throws InterruptedException {
        BenchOptions.Load load = ctx.options().load();
        int jobs = load.warmupJobs();
        if (jobs == 0) {
            ctx.console().fact("warm-up", "none (--warmup-jobs 0)");
            return;
        }
        long start = System.nanoTime();
        CompletionCounter counter = new CompletionCounter();
        try (Docket workers = BenchDockets.workers(ctx, (job, context) -> { }, counter)) {
            try (Docket separate = roundProducer(warmProducer)) {
                Docket producer = enqueuer(warmProducer, separate, workers);
                Enqueues.singles(producer, load.singleSample(), BenchJob.SAMPLE_QUEUE);
                Enqueues.bulk(producer, jobs, load.batch());
            }
            workers.start();
            awaitDrained(counter, System.nanoTime(), jobs, "the warm-up drain");
        }
        String reset = StoreReset.reset(ctx.target());
        ctx.console().fact("warm-up", String.format(Locale.ROOT, "%,d jobs enqueued and drained untimed in %.1f s;"
                + " then %s", jobs, (System.nanoTime() - start) / 1e9, reset));
    }

    private ResultLine run(CompletionCounter counter, Docket workers, PostgresProbe pg, Docket warmProducer)
            throws InterruptedException {
        BenchOptions.Load load = ctx.options().load();
        LatencyHistogram singles;
        long enqueueNanos;
        Totals before;
        try (Docket separate = roundProducer(warmProducer)) {
            Docket producer = enqueuer(warmProducer, separate, workers);
            singles = Enqueues.singles(producer, load.singleSample(), BenchJob.SAMPLE_QUEUE);
            before = new Totals(CpuClock.processCpuNanos(), pg == null ? -1 : pg.settledCommits());
            long start = System.nanoTime();
            Enqueues.bulk(producer, load.jobs(), load.batch());
            enqueueNanos = System.nanoTime() - start;
        } catch (RuntimeException e) {
            workers.close();
            throw e;
        }
        ctx.console().line(String.format("enqueued %,d jobs in %.3f s", load.jobs(), enqueueNanos / 1e9));
        ctx.analyzeIfAsked();
        return drain(workers, counter, pg, enqueueNanos, singles, before);
    }

    /** A producer of one round's own: on a shareable store without a warm producer; otherwise null. */
    private Docket roundProducer(Docket warmProducer) {
        return warmProducer == null && ctx.shareable() ? BenchDockets.producer(ctx) : null;
    }

    /** The Docket that enqueues a round: the warm producer, else the round's own, else the workers' Docket. */
    private static Docket enqueuer(Docket warmProducer, Docket roundProducer, Docket workers) {
        return warmProducer != null ? warmProducer : roundProducer != null ? roundProducer : workers;
    }

    /** CPU time and PostgreSQL commits when the bulk enqueue began: the both-phase figures start there. */
    private record Totals(long cpuNanos, long commits) {
    }

    /** Waits until {@code jobs} succeeded, saying how far {@code what} got every {@link #PROGRESS_EVERY}. */
    private void awaitDrained(CompletionCounter counter, long start, long jobs, String what)
            throws InterruptedException {
        Duration timeout = ctx.options().sampling().timeout();
        long deadline = start + timeout.toNanos();
        while (!counter.succeeded().awaitAtLeast(jobs,
                Duration.ofNanos(Math.min(PROGRESS_EVERY.toNanos(), Math.max(0, deadline - System.nanoTime()))))) {
            if (System.nanoTime() - deadline >= 0) {
                throw new IllegalStateException(what + " did not finish within " + Durations.format(timeout) + ": "
                        + counter.succeeded().get() + " of " + jobs + " jobs succeeded");
            }
            ctx.console().line(String.format("  %.0f s: %,d of %,d jobs succeeded, %,d attempts failed or lost",
                    (System.nanoTime() - start) / 1e9, counter.succeeded().get(), jobs, counter.failed()));
        }
    }

    private ResultLine drain(Docket workers, CompletionCounter counter, PostgresProbe pg, long enqueueNanos,
                             LatencyHistogram singles, Totals before) throws InterruptedException {
        BenchOptions.Load load = ctx.options().load();
        long commitsBefore = pg == null ? -1 : pg.settledCommits();
        long cpuBefore = CpuClock.processCpuNanos();
        long start = System.nanoTime();
        long drainNanos;
        long cpuNanos;
        long succeeded;
        try (workers) {
            workers.start();
            awaitDrained(counter, start, load.jobs(), "the drain");
            drainNanos = System.nanoTime() - start;
            cpuNanos = CpuClock.processCpuNanos() - cpuBefore;
            succeeded = JobTable.inState(workers, JobState.SUCCEEDED);
        }
        long commits = pg == null ? -1 : pg.settledCommits() - commitsBefore;
        Console console = ctx.console();
        console.line(String.format("drained %,d jobs in %.3f s", load.jobs(), drainNanos / 1e9));
        double drainSec = drainNanos / 1e9;
        ResultLine result = ctx.result(load.jobs(), load.jobs() / (enqueueNanos / 1e9), load.jobs() / drainSec,
                        (enqueueNanos + drainNanos) / 1e9, Double.NaN, Double.NaN)
                .count("batch", load.batch())
                .count("warmupJobs", load.warmupJobs())
                .decimal("enqueueSec", enqueueNanos / 1e9)
                .decimal("drainSec", drainSec)
                .decimal("singleEnqueueP50Ms", singles.percentileMs(50))
                .decimal("singleEnqueueP99Ms", singles.percentileMs(99))
                .decimal("jvmCpuUsPerJob", cpuBefore < 0 ? Double.NaN : cpuNanos / 1000.0 / load.jobs())
                .decimal("cpuMicrosPerJob", before.cpuNanos() < 0 ? Double.NaN
                        : (cpuBefore + cpuNanos - before.cpuNanos()) / 1000.0 / load.jobs())
                .count("succeeded", succeeded)
                .count("failedAttempts", counter.failed());
        if (pg != null) {
            result.count("pgCommits", commits)
                    .rate("pgCommitsPerSec", commits / drainSec)
                    .decimal("pgCommitsPerJob", (double) commits / load.jobs())
                    .rate("commitsPerSec", (commitsBefore + commits - before.commits()) / ((enqueueNanos + drainNanos) / 1e9));
        }
        return ctx.withEnvironment(result);
    }
}
