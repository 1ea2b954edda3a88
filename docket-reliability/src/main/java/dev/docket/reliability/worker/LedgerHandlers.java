package dev.docket.reliability.worker;

import dev.docket.DocketBuilder;
import dev.docket.JobContext;
import dev.docket.reliability.ledger.LedgerWriter;
import dev.docket.reliability.worker.JobTypes.Done;
import dev.docket.reliability.worker.JobTypes.Work;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The handlers of a worker process. Each writes its start before doing anything and its end after:
 * {@code done} once the work is done, {@code stopped} when interrupted before that.
 */
final class LedgerHandlers {
    private final LedgerWriter ledger;
    private final String worker;

    LedgerHandlers(LedgerWriter ledger, String worker) {
        this.ledger = ledger;
        this.worker = worker;
    }

    DocketBuilder register(DocketBuilder b) {
        return b.handleWithResult(JobTypes.WORK, this::work)
                .handle(JobTypes.HALT, (args, ctx) -> {
                    ledger.start(ctx.jobId(), ctx.attempt(), worker);
                    Runtime.getRuntime().halt(1);
                })
                .handle(JobTypes.TICK, (args, ctx) -> {
                    ledger.start(ctx.jobId(), ctx.attempt(), worker);
                    ledger.end(ctx.jobId(), ctx.attempt(), worker, "done");
                })
                .handle(JobTypes.STRICT, (args, ctx) -> {
                    ledger.start(ctx.jobId(), ctx.attempt(), worker);
                    ledger.end(ctx.jobId(), ctx.attempt(), worker, "done");
                });
    }

    private Done work(Work w, JobContext ctx) throws InterruptedException {
        ledger.start(ctx.jobId(), ctx.attempt(), worker);
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(w.ms());
        try {
            for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
                if (w.stubborn()) {
                    LockSupport.parkNanos(left);
                } else {
                    TimeUnit.NANOSECONDS.sleep(left);
                }
            }
        } catch (InterruptedException e) {
            ledger.end(ctx.jobId(), ctx.attempt(), worker, "stopped");
            throw e;
        }
        ledger.end(ctx.jobId(), ctx.attempt(), worker, "done");
        return new Done(worker, ctx.attempt());
    }
}
