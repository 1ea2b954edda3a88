package dev.docket.bench.run;

import dev.docket.Docket;
import dev.docket.JobRequest;
import dev.docket.bench.measure.CompletionCounter;
import dev.docket.bench.measure.LatencyHistogram;
import dev.docket.bench.measure.ProgressCount;
import dev.docket.bench.options.BenchOptions;
import dev.docket.bench.options.Durations;
import dev.docket.bench.options.Producer;
import dev.docket.bench.report.Console;
import dev.docket.bench.report.ResultLine;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Idle mode: with every worker idle, single jobs are enqueued one at a time; each is waited for
 * until its handler starts, then the run pauses before the next. The enqueue-to-start latency shows
 * how workers wake: with a separate producer, through the store's notifications (PostgreSQL
 * LISTEN/NOTIFY) or by polling; with the same Docket, by the local wake-up. Unless {@code
 * --warmup-jobs 0}, as many jobs go the same way untimed first, so the timed ones run on compiled
 * code.
 */
public final class IdleRun {
    /** How long one job may take to start before the run gives up (longer than any poll interval). */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final RunContext ctx;

    public IdleRun(RunContext ctx) {
        this.ctx = ctx;
    }

    public ResultLine run() throws InterruptedException {
        BenchOptions.Load load = ctx.options().load();
        Console console = ctx.console();
        console.fact("pause", load.pause().toMillis() + " ms between a job's start and the next enqueue");
        console.fact("producer", load.producer() == Producer.SEPARATE
                ? "a second Docket on the store that is never started: workers learn of jobs through the store's"
                        + " notifications, or by polling"
                : "the workers' Docket: a local enqueue wakes its workers directly");
        console.fact("latency", "enqueue call to handler start (System.nanoTime, one JVM)");
        console.fact("warm-up", load.warmupJobs() + " jobs the same way, untimed");
        AtomicReference<LatencyHistogram> latency = new AtomicReference<>(new LatencyHistogram());
        ProgressCount started = new ProgressCount();
        Docket workers = BenchDockets.workers(ctx, (job, c) -> {
            latency.get().record(System.nanoTime() - job.enqueuedAtNanos());
            started.increment();
        }, new CompletionCounter());
        LatencyHistogram calls = new LatencyHistogram();
        long begin;
        try (workers; Docket separate = load.producer() == Producer.SEPARATE ? BenchDockets.producer(ctx) : null) {
            workers.start();
            Docket producer = separate != null ? separate : workers;
            oneAtATime(producer, started, 0, load.warmupJobs(), new LatencyHistogram());
            latency.set(new LatencyHistogram());
            begin = System.nanoTime();
            oneAtATime(producer, started, load.warmupJobs(), load.jobs(), calls);
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        LatencyHistogram timed = latency.get();
        console.line(String.format("%d jobs, each started on an idle queue: p50 %.3f ms, p99 %.3f ms, max %.3f ms",
                load.jobs(), timed.percentileMs(50), timed.percentileMs(99), timed.maxMs()));
        return ctx.withEnvironment(ctx.result(load.jobs(), Double.NaN, Double.NaN, seconds, timed.percentileMs(50),
                        timed.percentileMs(99))
                .decimal("latencyMaxMs", timed.maxMs())
                .count("warmupJobs", load.warmupJobs())
                .text("producer", load.producer().name().toLowerCase(Locale.ROOT))
                .decimal("singleEnqueueP50Ms", calls.percentileMs(50))
                .decimal("singleEnqueueP99Ms", calls.percentileMs(99)));
    }

    /** Enqueues {@code jobs} jobs one at a time after {@code before} started, each once the last started. */
    private void oneAtATime(Docket producer, ProgressCount started, int before, int jobs, LatencyHistogram calls)
            throws InterruptedException {
        Duration pause = ctx.options().load().pause();
        for (int i = 1; i <= jobs; i++) {
            JobRequest request = JobRequest.of(BenchJob.TYPE, BenchJob.now());
            long callStart = System.nanoTime();
            producer.enqueue(request);
            calls.record(System.nanoTime() - callStart);
            if (!started.awaitAtLeast(before + i, START_TIMEOUT)) {
                throw new IllegalStateException("job " + (before + i) + " of the idle run did not start within "
                        + Durations.format(START_TIMEOUT));
            }
            Pause.until(System.nanoTime() + pause.toNanos());
        }
    }
}
