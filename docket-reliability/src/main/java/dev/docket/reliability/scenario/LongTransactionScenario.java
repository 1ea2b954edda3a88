package dev.docket.reliability.scenario;

import dev.docket.Docket;
import dev.docket.JobRequest;
import dev.docket.reliability.check.Result;
import dev.docket.reliability.db.PrivatePostgres;
import dev.docket.reliability.ledger.LedgerWriter;
import dev.docket.reliability.proc.Cluster;
import dev.docket.reliability.support.Await;
import dev.docket.reliability.support.LedgerTail;
import dev.docket.reliability.support.Load;
import dev.docket.reliability.worker.JobTypes;
import dev.docket.reliability.worker.WorkerConfig;
import dev.docket.spi.StoreDiagnostics;
import dev.docket.spi.Store;
import dev.docket.spi.Stores;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Scenario 9: a REPEATABLE READ transaction holds its snapshot open on the same PostgreSQL for
 * minutes while workers drain a steady backlog. Vacuum cannot remove the job table's dead rows
 * meanwhile; claims must stay at 70 % or more of the baseline throughput, recover after the
 * transaction ends, and the dead rows must show in the store diagnostics (the
 * {@code docket_store_dead_tuples} metric). A private server, so other users of the machine's
 * PostgreSQL are not held back.
 *
 * <p>Progress is counted from the workers' ledgers (a line per recorded outcome), never by
 * counting jobs in the store: that is a scan of the whole job table, which grows through the run
 * (succeeded jobs are kept), and sampling it several times a second would load the database the
 * scenario measures.
 */
public final class LongTransactionScenario implements Scenario {
    private static final int BACKLOG = 3_000;

    @Override
    public String name() {
        return "long-tx";
    }

    @Override
    public String title() {
        return "a REPEATABLE READ transaction held open for minutes during a steady load";
    }

    @Override
    public Result run(RunContext ctx) throws Exception {
        Duration warmup = ctx.seconds(10, 30);
        Duration baseline = ctx.seconds(20, 60);
        Duration held = ctx.seconds(30, 300);
        Duration after = ctx.seconds(20, 120);
        Result result = new Result(name(), ctx.full() ? "full" : "short");
        Instant began = Instant.now();
        try (PrivatePostgres pg = new PrivatePostgres(ctx.dir().resolve("pgdata"))) {
            pg.start();
            String url = pg.url("rel", 4);
            try (Store store = Stores.open(url);
                 Docket producer = Docket.builder().store(url).build();
                 LedgerWriter acks = new LedgerWriter(ctx.dir().resolve("enqueue.ledger"))) {
                AtomicLong maxDead = new AtomicLong(-1);
                AtomicLong recordedSoFar = new AtomicLong();
                WorkerConfig template = WorkerConfig.of(pg.url("rel", 12), ctx.dir().resolve("x"), "x").withConcurrency(16);
                AtomicReference<Load> loadRef = new AtomicReference<>();
                try (Cluster cluster = new Cluster(ctx.dir(), template);
                     Load load = new Load(producer, acks, n -> JobRequest.of(JobTypes.WORK, new JobTypes.Work(n, 0, false)),
                             Long.MAX_VALUE, 500, 0, () -> loadRef.get().acked() - recordedSoFar.get() < BACKLOG)) {
                    loadRef.set(load);
                    cluster.start(2);
                    LedgerTail recorded = LedgerTail.inDirectory(ctx.dir(), "O");
                    Thread sampler = sampler(store, recorded, recordedSoFar, maxDead);
                    load.start();
                    Await.pause(warmup);
                    maxDead.set(-1);
                    double base = phase(ctx, recorded, baseline, "baseline", result);
                    long deadBaseline = maxDead.getAndSet(-1);
                    double during;
                    long deadDuring;
                    try (Connection snapshot = DriverManager.getConnection(pg.jdbcUrl())) {
                        snapshot.setAutoCommit(false);
                        snapshot.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                        try (Statement st = snapshot.createStatement();
                             ResultSet rs = st.executeQuery("SELECT count(*) FROM rel.docket_jobs")) {
                            rs.next();
                        }
                        ctx.log("holding a REPEATABLE READ snapshot for %d s", held.toSeconds());
                        during = phase(ctx, recorded, held, "snapshot held", result);
                        deadDuring = maxDead.getAndSet(-1);
                        snapshot.rollback();
                    }
                    double afterwards = phase(ctx, recorded, after, "after release", result);
                    long deadAfter = maxDead.get();
                    StoreDiagnostics end = store.diagnostics();
                    sampler.interrupt();
                    result.figure("most dead job rows, baseline", deadBaseline);
                    result.figure("most dead job rows, snapshot held", deadDuring);
                    result.figure("most dead job rows, after release", deadAfter);
                    result.figure("job rows at the end", end.jobRows());
                    result.figure("throughput held / baseline", String.format("%.2f", during / base));
                    result.figure("throughput after / baseline", String.format("%.2f", afterwards / base));
                    result.check("throughput with the snapshot held ≥ 70 % of baseline", during >= 0.7 * base,
                            String.format("%.0f vs %.0f jobs/s", during, base));
                    result.check("throughput recovers (≥ 90 % of baseline) after the snapshot ends",
                            afterwards >= 0.9 * base, String.format("%.0f vs %.0f jobs/s", afterwards, base));
                    result.check("the dead job rows show in the store diagnostics (docket_store_dead_tuples)",
                            deadBaseline >= 0 && deadDuring >= 0 && deadAfter >= 0,
                            deadBaseline + " / " + deadDuring + " / " + deadAfter);
                }
            }
        }
        return result.took(Duration.between(began, Instant.now()));
    }

    /** Runs for {@code length} and returns the outcomes recorded per second meanwhile. */
    private static double phase(RunContext ctx, LedgerTail recorded, Duration length, String name, Result result) {
        long start = System.nanoTime();
        long done0 = recorded.count();
        Await.pause(length);
        long done1 = recorded.count();
        double perSecond = (done1 - done0) / ((System.nanoTime() - start) / 1e9);
        result.figure(name + " jobs/s", Math.round(perSecond));
        ctx.log("%s: %.0f jobs/s", name, perSecond);
        return perSecond;
    }

    /**
     * Keeps {@code recordedSoFar} at the outcomes in the ledgers (for the load's backlog gate) and
     * {@code maxDead} at the most dead job rows the diagnostics reported.
     */
    private static Thread sampler(Store store, LedgerTail recorded, AtomicLong recordedSoFar, AtomicLong maxDead) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    recordedSoFar.set(recorded.count());
                    long dead = store.diagnostics().deadJobRows();
                    maxDead.accumulateAndGet(dead, Math::max);
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // the next sample will do
                }
            }
        }, "backlog-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
