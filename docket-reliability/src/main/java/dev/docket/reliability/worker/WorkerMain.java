package dev.docket.reliability.worker;

import dev.docket.Docket;
import dev.docket.DocketBuilder;
import dev.docket.reliability.ledger.LedgerWriter;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * A Docket worker process of the battery: works the {@code default} queue with the battery's job
 * types, writes every start and end to its own ledger, logs lost leases there too, and closes its
 * Docket from a shutdown hook on SIGTERM (as the server does), so unfinished jobs are handed back
 * at once. Arguments: see {@link WorkerConfig}.
 */
public final class WorkerMain {
    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        WorkerConfig config = WorkerConfig.parse(args);
        LedgerWriter ledger = new LedgerWriter(config.ledger());
        String id = config.id();
        DocketBuilder b = Docket.builder().store(config.store()).processName(id)
                .clock(Clock.offset(Clock.systemUTC(), config.clockOffset()))
                .queue("default", config.concurrency())
                .claimUnknownTypes(config.claimUnknownTypes())
                .listener(e -> {
                    switch (e.kind()) {
                        case LEASE_LOST -> ledger.leaseLost(e.jobId(), e.attempt(), id);
                        case SUCCEEDED, FAILED, DEAD, CANCELLED -> ledger.recorded(e.jobId(), e.attempt(), id);
                        default -> { }
                    }
                });
        if (config.lease() != null) {
            b.lease(config.lease());
        }
        if (config.poll() != null) {
            b.pollInterval(config.poll());
        }
        if (config.grace() != null) {
            b.shutdownGrace(config.grace());
        }
        if (config.schedule()) {
            b.schedule(JobTypes.EVERY_SECOND);
        }
        Docket docket = new LedgerHandlers(ledger, id).register(b).build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ledger.line("T " + id + " " + System.currentTimeMillis());
            docket.close();
            ledger.line("C " + id + " " + System.currentTimeMillis());
        }, "docket-shutdown"));
        docket.start();
        ledger.ready(id);
        new CountDownLatch(1).await();
    }
}
