package dev.docket.reliability.scenario;

import dev.docket.Docket;
import dev.docket.Enqueued;
import dev.docket.JobRequest;
import dev.docket.JobState;
import dev.docket.reliability.check.HistoryChecker;
import dev.docket.reliability.check.LedgerFigures;
import dev.docket.reliability.check.Result;
import dev.docket.reliability.db.SharedPostgres;
import dev.docket.reliability.ledger.Entry;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 5: a worker holding jobs is frozen with SIGSTOP for twice its lease, then resumed with
 * SIGCONT. Another worker rescues each job exactly once and runs it; the frozen worker's handlers
 * (stubborn: they ignore interruption) end late, and the store rejects their outcomes, which the
 * runtime reports as lost leases. The store keeps the newer attempt's number and result.
 */
public final class FreezeScenario implements Scenario {
    private static final int JOBS = 4;

    @Override
    public String name() {
        return "freeze";
    }

    @Override
    public String title() {
        return "SIGSTOP a worker for twice its lease, then SIGCONT";
    }

    @Override
    public Result run(RunContext ctx) {
        Duration lease = ctx.seconds(2, 30);
        Result result = new Result(name(), ctx.full() ? "full" : "short");
        Instant began = Instant.now();
        try (SharedPostgres db = new SharedPostgres("rel_freeze");
             Store store = Stores.open(db.url(2));
             Docket producer = Docket.builder().store(db.url(2)).build();
             LedgerWriter acks = new LedgerWriter(ctx.dir().resolve("enqueue.ledger"))) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < JOBS; i++) {
                Enqueued e = producer.enqueue(JobRequest.of(JobTypes.WORK, new JobTypes.Work(i, (int) lease.toMillis(), true)));
                acks.acked(e.id());
                ids.add(e.id());
            }
            WorkerConfig template = WorkerConfig.of(db.url(4), ctx.dir().resolve("x"), "x").withConcurrency(JOBS);
            if (!ctx.full()) {
                template = template.withTimings(lease, Duration.ofMillis(200), Duration.ofSeconds(5));
            }
            long frozeAt;
            long thawedAt;
            WorkerProcess frozen;
            WorkerProcess rescuer;
            try (Cluster cluster = new Cluster(ctx.dir(), template)) {
                frozen = cluster.start(1).get(0);
                Await.until("the first worker started every job", Duration.ofSeconds(60),
                        () -> LedgerScan.count(frozen.config().ledger(), "S") == JOBS);
                frozeAt = frozen.freeze();
                ctx.log("SIGSTOP %s holding %d jobs", frozen, JOBS);
                rescuer = cluster.start(1).get(0);
                Await.until("twice the lease passed", lease.multipliedBy(4).plusSeconds(60),
                        () -> System.currentTimeMillis() - frozeAt >= lease.multipliedBy(2).toMillis());
                Await.until("the other worker restarted every job", lease.multipliedBy(4).plusSeconds(60),
                        () -> LedgerScan.count(rescuer.config().ledger(), "S") == JOBS);
                thawedAt = frozen.thaw();
                cluster.fault("freeze", frozen.id(), frozeAt, thawedAt);
                ctx.log("SIGCONT %s after %d ms", frozen, thawedAt - frozeAt);
                Await.until("every job finished", lease.multipliedBy(4).plusSeconds(60),
                        () -> Progress.unfinished(store) == 0);
                Await.until("the frozen worker reported every lost lease", Duration.ofSeconds(60),
                        () -> LedgerScan.count(frozen.config().ledger(), "L") == JOBS);
            }
            result.figure("freeze s", String.format("%.1f", (thawedAt - frozeAt) / 1000.0));
            result.figure("lease s", lease.toSeconds());
            History h = History.read(ctx.dir());
            for (String id : ids) {
                JobRecord r = store.queries().find(Long.parseLong(id)).orElseThrow();
                long rescues = r.errors().stream().filter(e -> e.message().startsWith("worker lost")).count();
                String expectedResult = "\"worker\":\"" + rescuer.id() + "\"";
                result.check("job " + id + ": exactly one rescue", r.lostCount() == 1 && rescues == 1,
                        "lostCount " + r.lostCount() + ", " + rescues + " rescue error(s)");
                result.check("job " + id + ": the store holds the newer attempt and its result",
                        r.state() == JobState.SUCCEEDED && r.attempt() == 2 && r.resultJson() != null
                                && r.resultJson().contains(expectedResult) && r.resultJson().contains("\"attempt\":2"),
                        r.state() + " attempt " + r.attempt() + " result " + r.resultJson());
                Entry lateEnd = h.end(id, 1, frozen.id());
                result.check("job " + id + ": the frozen worker's late end is in its ledger and its outcome was"
                                + " rejected (lease lost)",
                        lateEnd != null && lateEnd.completed() && lateEnd.at() >= thawedAt
                                && h.leaseLost(id, 1, frozen.id()) && h.recorded(id, 1, frozen.id()) == null,
                        lateEnd == null ? "no end" : "end " + lateEnd.outcome() + " at thaw+"
                                + (lateEnd.at() - thawedAt) + " ms, lease lost " + h.leaseLost(id, 1, frozen.id()));
            }
            LedgerFigures f = HistoryChecker.check(h, FinalStates.of(store), id -> JobState.SUCCEEDED);
            result.ledger(f);
            result.check("0 lost", f.lost(), v -> v == 0);
            result.check("every duplicate attributable to the freeze", f.duplicates() == f.attributable(),
                    f.attributable() + " of " + f.duplicates());
            result.check("duplicates ≤ jobs held by the frozen worker", f.duplicates(), v -> v <= JOBS);
        }
        return result.took(Duration.between(began, Instant.now()));
    }
}
