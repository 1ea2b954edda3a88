package dev.docket.reliability.scenario;

import dev.docket.Docket;
import dev.docket.Enqueued;
import dev.docket.JobRequest;
import dev.docket.JobState;
import dev.docket.reliability.check.HistoryChecker;
import dev.docket.reliability.check.LedgerFigures;
import dev.docket.reliability.check.Result;
import dev.docket.reliability.db.SharedPostgres;
import dev.docket.reliability.ledger.History;
import dev.docket.reliability.ledger.LedgerWriter;
import dev.docket.reliability.proc.Cluster;
import dev.docket.reliability.proc.WorkerProcess;
import dev.docket.reliability.support.Await;
import dev.docket.reliability.support.FinalStates;
import dev.docket.reliability.support.LedgerScan;
import dev.docket.reliability.support.Progress;
import dev.docket.reliability.worker.JobTypes;
import dev.docket.reliability.worker.WorkerConfig;
import dev.docket.spi.JobRecord;
import dev.docket.spi.Store;
import dev.docket.spi.Stores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 3: SIGTERM to a worker holding jobs. Its shutdown hook closes Docket: jobs that finish
 * within the grace period are recorded as done there; the rest are interrupted and handed back at
 * once, without waiting for their leases to lapse. Measures the time from the signal (and from the
 * grace period's end) to the unfinished jobs being available again.
 */
public final class SigtermScenario implements Scenario {
    private static final int SHORT_JOBS = 4;
    private static final int LONG_JOBS = 4;

    @Override
    public String name() {
        return "sigterm";
    }

    @Override
    public String title() {
        return "SIGTERM to a worker with jobs in flight";
    }

    @Override
    public Result run(RunContext ctx) {
        Duration grace = ctx.seconds(2, 30);
        Result result = new Result(name(), ctx.full() ? "full" : "short");
        Instant began = Instant.now();
        try (SharedPostgres db = new SharedPostgres("rel_sigterm");
             Store store = Stores.open(db.url(2));
             Docket producer = Docket.builder().store(db.url(2)).build();
             LedgerWriter acks = new LedgerWriter(ctx.dir().resolve("enqueue.ledger"))) {
            List<String> shortIds = enqueue(producer, acks, SHORT_JOBS, grace.dividedBy(2));
            List<String> longIds = enqueue(producer, acks, LONG_JOBS, grace.multipliedBy(3));
            WorkerConfig template = WorkerConfig.of(db.url(4), ctx.dir().resolve("x"), "x")
                    .withConcurrency(SHORT_JOBS + LONG_JOBS)
                    .withTimings(ctx.full() ? null : Duration.ofSeconds(2), ctx.full() ? null : Duration.ofMillis(200),
                            ctx.full() ? null : grace);
            try (Cluster cluster = new Cluster(ctx.dir(), template)) {
                WorkerProcess victim = cluster.start(1).get(0);
                Path ledger = victim.config().ledger();
                Await.until("the worker started every job", Duration.ofSeconds(60),
                        () -> LedgerScan.count(ledger, "S") == SHORT_JOBS + LONG_JOBS);
                long signal = victim.terminate();
                ctx.log("SIGTERM to %s with %d jobs in flight", victim, SHORT_JOBS + LONG_JOBS);
                long[] handedBack = new long[1];
                Await.until("the unfinished jobs are back in the queue", grace.plusSeconds(30), () -> {
                    boolean back = longIds.stream().allMatch(id -> leftTheVictim(store, id));
                    if (back && handedBack[0] == 0) {
                        handedBack[0] = System.currentTimeMillis();
                    }
                    return back;
                });
                int exit = victim.waitForExit(Duration.ofSeconds(60));
                long exitedAt = System.currentTimeMillis();
                cluster.fault("term", victim.id(), signal, exitedAt);
                long afterSignal = handedBack[0] - signal;
                long afterGrace = afterSignal - grace.toMillis();
                result.figure("grace s", grace.toSeconds());
                result.figure("signal → jobs available ms", afterSignal);
                result.figure("grace end → jobs available ms", afterGrace);
                result.figure("exit code", exit);
                result.check("unfinished jobs back in the queue ≤ 1 s after the grace period",
                        afterGrace <= 1_000, afterGrace + " ms");
                result.check("the worker exited through its shutdown hook", LedgerScan.count(ledger, "C") == 1,
                        LedgerScan.count(ledger, "C") + " close line(s), exit " + exit);
                cluster.start(1);
                Await.until("every job finished", Duration.ofSeconds(120) .plus(grace.multipliedBy(3)),
                        () -> Progress.unfinished(store) == 0);
            }
            for (String id : shortIds) {
                JobRecord r = store.queries().find(Long.parseLong(id)).orElseThrow();
                result.check("job " + id + " finished within the grace period, once, in the stopped worker",
                        r.state() == JobState.SUCCEEDED && r.attempt() == 1, r.state() + " attempt " + r.attempt());
            }
            for (String id : longIds) {
                JobRecord r = store.queries().find(Long.parseLong(id)).orElseThrow();
                result.check("job " + id + " was handed back, not rescued", r.lostCount() == 0 && r.attempt() == 2,
                        "lost " + r.lostCount() + ", attempt " + r.attempt());
            }
            LedgerFigures f = HistoryChecker.check(History.read(ctx.dir()), FinalStates.of(store),
                    id -> JobState.SUCCEEDED);
            result.ledger(f);
            result.figure("handed back", f.handedBack());
            result.check("0 lost", f.lost(), v -> v == 0);
            result.check("0 duplicates", f.duplicates(), v -> v == 0);
            result.check("0 stuck", f.stuck(), v -> v == 0);
        }
        return result.took(Duration.between(began, Instant.now()));
    }

    private static List<String> enqueue(Docket producer, LedgerWriter acks, int n, Duration each) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Enqueued e = producer.enqueue(JobRequest.of(JobTypes.WORK, new JobTypes.Work(i, (int) each.toMillis(), false)));
            acks.acked(e.id());
            ids.add(e.id());
        }
        return ids;
    }

    /** Whether the job is no longer held by its first attempt (available again, or taken by another). */
    private static boolean leftTheVictim(Store store, String id) {
        JobRecord r = store.queries().find(Long.parseLong(id)).orElseThrow();
        return r.state() != JobState.RUNNING || r.attempt() > 1;
    }
}
