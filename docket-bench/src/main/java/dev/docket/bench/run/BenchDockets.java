package dev.docket.bench.run;

import dev.docket.Docket;
import dev.docket.DocketBuilder;
import dev.docket.DocketListener;
import dev.docket.JobHandler;
import dev.docket.bench.options.BenchOptions;
import java.time.Duration;

/** Builds the Dockets a run uses: one that works the bench queue, and a producer that only enqueues. */
final class BenchDockets {
    private static final Duration GRACE = Duration.ofSeconds(10);

    private BenchDockets() {
    }

    /** A Docket (not started) whose workers run {@code handler} on the bench queue; {@code listener} hears its events. */
    static Docket workers(RunContext ctx, JobHandler<BenchJob> handler, DocketListener listener) {
        BenchOptions.Engine engine = ctx.options().engine();
        DocketBuilder b = Docket.builder()
                .store(ctx.target().url())
                .processName("docket-bench")
                .queue(BenchJob.QUEUE, engine.workers())
                .handle(BenchJob.TYPE, handler, t -> t.queue(BenchJob.QUEUE))
                .listener(listener)
                .shutdownGrace(GRACE);
        if (engine.fetchBatch() != null) {
            b.fetchBatchMax(engine.fetchBatch());
        }
        if (engine.pollInterval() != null) {
            b.pollInterval(engine.pollInterval());
        }
        if (engine.retention() != null) {
            b.retention(engine.retention(), engine.retention(), engine.retention());
        }
        return b.build();
    }

    /** A Docket that is never started: it enqueues bench jobs and takes no part in maintenance. */
    static Docket producer(RunContext ctx) {
        return Docket.builder()
                .store(ctx.target().url())
                .processName("docket-bench-producer")
                .register(BenchJob.TYPE, t -> t.queue(BenchJob.QUEUE))
                .maintenance(false)
                .build();
    }

    /** Describes the engine settings for the printed configuration. */
    static void describe(RunContext ctx) {
        BenchOptions.Engine engine = ctx.options().engine();
        ctx.console().fact("workers", engine.workers() + " (concurrency of queue '" + BenchJob.QUEUE + "')");
        ctx.console().fact("fetch batch", engine.fetchBatch() == null ? "Docket's default" : engine.fetchBatch());
        ctx.console().fact("poll interval", engine.pollInterval() == null ? "Docket's default"
                : engine.pollInterval().toMillis() + " ms");
        ctx.console().fact("retention", engine.retention() == null ? "Docket's defaults"
                : engine.retention().toMillis() / 1000.0 + " s for finished jobs (pruner runs on Docket's schedule)");
    }
}
