package dev.docket.bench.run;

import dev.docket.Docket;
import dev.docket.bench.measure.CompletionCounter;
import dev.docket.bench.measure.CpuClock;
import dev.docket.bench.measure.LatencyHistogram;
import dev.docket.bench.measure.LatencyRecorder;
import dev.docket.bench.options.BenchOptions;
import dev.docket.bench.options.Durations;
import dev.docket.bench.options.Producer;
import dev.docket.bench.report.Console;
import dev.docket.bench.report.IntervalSample;
import dev.docket.bench.report.ResultLine;
import dev.docket.bench.report.SampleChart;
import dev.docket.bench.report.SampleCsv;
import dev.docket.bench.store.PostgresProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Steady mode: a {@link RatedProducer} enqueues at the given rate while the workers run; each job's
 * handler records its enqueue-to-start latency. After a warm-up, samples are taken every interval
 * for the duration; then the producer stops and the run waits for every job to finish.
 */
public final class SteadyRun {
    private final RunContext ctx;

    public SteadyRun(RunContext ctx) {
        this.ctx = ctx;
    }

    public ResultLine run() throws InterruptedException {
        BenchOptions o = ctx.options();
        describe();
        CompletionCounter counter = new CompletionCounter();
        LatencyRecorder latency = new LatencyRecorder();
        Docket workers = BenchDockets.workers(ctx, (job, c) -> latency.record(System.nanoTime() - job.enqueuedAtNanos()),
                counter);
        try (workers;
             Docket separate = o.load().producer() == Producer.SEPARATE ? BenchDockets.producer(ctx) : null;
             PostgresProbe pg = ctx.postgres()) {
            workers.start();
            RatedProducer producer = new RatedProducer(separate != null ? separate : workers, o.load().rate(),
                    o.load().tick());
            IntervalSampler sampler = new IntervalSampler(workers, producer::sent, counter, latency);
            producer.start();
            Window window;
            try {
                Pause.until(System.nanoTime() + o.sampling().warmup().toNanos());
                window = measure(sampler, producer, counter, pg);
            } finally {
                producer.stop();
            }
            long sent = producer.sent();
            if (!counter.succeeded().awaitAtLeast(sent, o.sampling().timeout())) {
                throw new IllegalStateException("after the producer stopped, " + counter.succeeded().get() + " of "
                        + sent + " jobs succeeded within " + Durations.format(o.sampling().timeout()));
            }
            double endToEndSec = (System.nanoTime() - sampler.startNanos()) / 1e9;
            writeSamples(window.samples());
            return result(window, latency.total(), endToEndSec, producer, counter);
        }
    }

    private void describe() {
        BenchOptions o = ctx.options();
        Console console = ctx.console();
        console.fact("rate", o.load().rate() + " jobs/s");
        Duration tick = o.load().tick();
        console.fact("producer", "one thread; " + (tick.isZero() ? "as soon as its last call returns"
                : "every " + tick.toNanos() / 1e6 + " ms (or as soon as its last call returns, if that took longer)")
                + " it enqueues the jobs due in one enqueueAll call of at most " + RatedProducer.MAX_BATCH
                + (o.load().producer() == Producer.SEPARATE ? ", through a second Docket that is never started"
                        : ", through the workers' Docket"));
        console.fact("latency", "enqueue call to handler start (System.nanoTime, one JVM)");
        ctx.describeSampling();
    }

    private Window measure(IntervalSampler sampler, RatedProducer producer, CompletionCounter counter,
                           PostgresProbe pg) {
        BenchOptions.Sampling s = ctx.options().sampling();
        long commitsBefore = pg == null ? -1 : pg.commits();
        long cpuBefore = CpuClock.processCpuNanos();
        sampler.begin();
        long sentBefore = producer.sent();
        long doneBefore = counter.succeeded().get();
        long start = sampler.startNanos();
        long end = start + s.duration().toNanos();
        List<IntervalSample> samples = new ArrayList<>();
        for (long next = start + s.interval().toNanos(); ; next += s.interval().toNanos()) {
            Pause.until(Math.min(next, end));
            IntervalSample sample = sampler.sample();
            samples.add(sample);
            ctx.console().line(String.format(Locale.ROOT,
                    "t=%6.1fs enqueued %7.0f/s processed %7.0f/s p50 %8.3f ms p99 %8.3f ms max %8.3f ms rows %d",
                    sample.elapsedSec(), sample.enqueuePerSec(), sample.processPerSec(), sample.latencyP50Ms(),
                    sample.latencyP99Ms(), sample.latencyMaxMs(), sample.jobRows()));
            if (next >= end) {
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long commits = pg == null ? -1 : pg.commits() - commitsBefore;
        return new Window(samples, seconds, producer.sent() - sentBefore, counter.succeeded().get() - doneBefore,
                CpuClock.processCpuNanos() - cpuBefore, commits);
    }

    private ResultLine result(Window w, LatencyHistogram total, double endToEndSec, RatedProducer producer,
                              CompletionCounter counter) {
        ResultLine r = ctx.result(w.enqueued(), w.enqueued() / w.seconds(), w.processed() / w.seconds(), endToEndSec,
                        total.percentileMs(50), total.percentileMs(99))
                .decimal("latencyMaxMs", total.maxMs())
                .count("rate", ctx.options().load().rate())
                .decimal("durationSec", w.seconds())
                .decimal("jvmCpuUsPerJob", w.cpuNanos() / 1000.0 / Math.max(1, w.processed()))
                .count("maxJobRows", w.samples().stream().mapToLong(IntervalSample::jobRows).max().orElse(-1))
                .count("producerFailures", producer.failures())
                .count("failedAttempts", counter.failed())
                .decimals("intervalProcessPerSec", w.samples().stream().map(IntervalSample::processPerSec).toList())
                .decimals("intervalP99Ms", w.samples().stream().map(IntervalSample::latencyP99Ms).toList());
        if (w.commits() >= 0) {
            r.rate("pgCommitsPerSec", w.commits() / w.seconds());
        }
        return ctx.withEnvironment(r);
    }

    private void writeSamples(List<IntervalSample> samples) {
        BenchOptions.Sampling s = ctx.options().sampling();
        if (s.csv() != null) {
            SampleCsv.write(samples, s.csv());
            ctx.console().fact("samples written to", s.csv());
        }
        if (s.chart() != null) {
            SampleChart.write(samples, "Docket steady run: " + ctx.target().kind().label() + ", "
                    + ctx.options().load().rate() + " jobs/s offered, " + ctx.options().engine().workers() + " workers",
                    s.chart());
            ctx.console().fact("chart written to", s.chart());
        }
    }

    /** What the measured window saw. */
    private record Window(List<IntervalSample> samples, double seconds, long enqueued, long processed, long cpuNanos,
                          long commits) {
    }
}
