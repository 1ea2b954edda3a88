package dev.docket.bench.run;

import dev.docket.Docket;
import dev.docket.JobRequest;
import dev.docket.bench.measure.LatencyHistogram;
import dev.docket.bench.report.Console;
import dev.docket.bench.report.ResultLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Enqueue mode: {@code --workers} threads of one producer Docket call {@link Docket#enqueue} for
 * one job at a time, all at once, until {@code --jobs} calls are done, as an application's request
 * threads do; no worker runs. It gives the calls per second and each call's latency, which is where
 * anything the threads contend for shows (on PostgreSQL, the notifications that wake workers). An
 * untimed round of {@code --warmup-jobs} goes first. Several of these runs on schemas of one
 * database show what several applications enqueueing at once cost each other.
 */
public final class EnqueueRun {
    private final RunContext ctx;

    public EnqueueRun(RunContext ctx) {
        this.ctx = ctx;
    }

    public ResultLine run() throws InterruptedException {
        Console console = ctx.console();
        int threads = ctx.options().engine().workers();
        int jobs = ctx.options().load().jobs();
        int warmupJobs = ctx.options().load().warmupJobs();
        console.fact("producer", threads + " threads (--workers) of one Docket that runs no workers, each calling"
                + " enqueue for one job at a time, all at once");
        console.fact("latency", "each enqueue call, from its start to its return");
        console.fact("warm-up", warmupJobs + " jobs the same way, untimed");
        LatencyHistogram calls = new LatencyHistogram();
        double seconds;
        try (Docket producer = BenchDockets.producer(ctx)) {
            concurrently(producer, threads, warmupJobs, new LatencyHistogram());
            long begin = System.nanoTime();
            concurrently(producer, threads, jobs, calls);
            seconds = (System.nanoTime() - begin) / 1e9;
        }
        double perSec = jobs / seconds;
        console.line(String.format(Locale.ROOT, "%,d enqueue calls from %d threads: %.0f/s, p50 %.3f ms, p99 %.3f ms,"
                + " max %.3f ms", jobs, threads, perSec, calls.percentileMs(50), calls.percentileMs(99), calls.maxMs()));
        return ctx.withEnvironment(ctx.result(jobs, perSec, Double.NaN, seconds, calls.percentileMs(50),
                        calls.percentileMs(99))
                .decimal("latencyMaxMs", calls.maxMs())
                .count("warmupJobs", warmupJobs));
    }

    /** {@code jobs} single enqueue calls shared among {@code threads} threads started together; rethrows a failure. */
    private static void concurrently(Docket producer, int threads, int jobs, LatencyHistogram calls)
            throws InterruptedException {
        AtomicInteger left = new AtomicInteger(jobs);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> running = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    while (left.getAndDecrement() > 0 && failure.get() == null) {
                        JobRequest request = JobRequest.of(BenchJob.TYPE, BenchJob.now());
                        long callStart = System.nanoTime();
                        producer.enqueue(request);
                        calls.record(System.nanoTime() - callStart);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-enqueue-" + t);
            thread.setDaemon(true);
            thread.start();
            running.add(thread);
        }
        start.countDown();
        for (Thread thread : running) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
