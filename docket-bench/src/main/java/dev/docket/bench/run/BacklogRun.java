package dev.docket.bench.run;

import dev.docket.Docket;
import dev.docket.bench.measure.CompletionCounter;
import dev.docket.bench.measure.HeapMeter;
import dev.docket.bench.options.BenchOptions;
import dev.docket.bench.report.Console;
import dev.docket.bench.report.ResultLine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Backlog mode: N jobs are enqueued in bulk, then workers whose jobs each take a while (so the
 * backlog stays) run for the duration while the heap is measured after a full collection at every
 * interval. The figure that matters is the largest of those samples against the heap limit.
 */
public final class BacklogRun {
    private final RunContext ctx;

    public BacklogRun(RunContext ctx) {
        this.ctx = ctx;
    }

    public ResultLine run() throws InterruptedException {
        BenchOptions o = ctx.options();
        Console console = ctx.console();
        long jobMillis = o.load().jobTime().toMillis();
        console.fact("batch", o.load().batch() + " jobs per enqueueAll call");
        console.fact("each job", "takes " + jobMillis + " ms (the handler sleeps), so the backlog stays");
        console.fact("heap", "used after System.gc() every " + o.sampling().interval().toMillis() / 1000.0
                + " s for " + o.sampling().duration().toMillis() / 1000.0 + " s; limit "
                + String.format("%.0f MiB", HeapMeter.maxMb()));
        CompletionCounter counter = new CompletionCounter();
        Docket workers = BenchDockets.workers(ctx, (job, c) -> TimeUnit.MILLISECONDS.sleep(jobMillis), counter);
        long enqueueNanos;
        try (Docket separate = ctx.shareable() ? BenchDockets.producer(ctx) : null) {
            long start = System.nanoTime();
            Enqueues.bulk(separate != null ? separate : workers, o.load().jobs(), o.load().batch());
            enqueueNanos = System.nanoTime() - start;
        } catch (RuntimeException e) {
            workers.close();
            throw e;
        }
        console.line(String.format("enqueued %,d jobs in %.3f s", o.load().jobs(), enqueueNanos / 1e9));
        ctx.analyzeIfAsked();
        double before = HeapMeter.usedAfterGcMb();
        console.line(String.format("heap before the workers start: %.1f MiB", before));
        List<Double> samples = new ArrayList<>();
        long start;
        try (workers) {
            workers.start();
            start = System.nanoTime();
            long end = start + o.sampling().duration().toNanos();
            for (long next = start + o.sampling().interval().toNanos(); ; next += o.sampling().interval().toNanos()) {
                Pause.until(Math.min(next, end));
                double used = HeapMeter.usedAfterGcMb();
                samples.add(used);
                console.line(String.format("t=%6.1fs heap %.1f MiB, %d jobs finished, backlog %d",
                        (System.nanoTime() - start) / 1e9, used, counter.succeeded().get(), JobTable.rows(workers)
                                - counter.succeeded().get()));
                if (next >= end) {
                    break;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double max = samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return ctx.withEnvironment(ctx.result(o.load().jobs(), o.load().jobs() / (enqueueNanos / 1e9),
                        counter.succeeded().get() / seconds, enqueueNanos / 1e9 + seconds, Double.NaN, Double.NaN)
                .count("batch", o.load().batch())
                .decimal("maxHeapUsedMb", max)
                .decimal("heapBeforeWorkersMb", before)
                .decimal("heapLimitMb", HeapMeter.maxMb())
                .decimals("heapSamplesMb", samples)
                .count("succeeded", counter.succeeded().get()));
    }
}
