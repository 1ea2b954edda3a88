package dev.docket.reliability.scenario;

import dev.docket.Docket;
import dev.docket.JobRequest;
import dev.docket.JobState;
import dev.docket.reliability.check.HistoryChecker;
import dev.docket.reliability.check.LedgerFigures;
import dev.docket.reliability.check.Result;
import dev.docket.reliability.db.SharedPostgres;
import dev.docket.reliability.ledger.History;
import dev.docket.reliability.ledger.LedgerWriter;
import dev.docket.reliability.proc.Cluster;
import dev.docket.reliability.support.Await;
import dev.docket.reliability.support.DrainWatch;
import dev.docket.reliability.support.FinalStates;
import dev.docket.reliability.support.LedgerTail;
import dev.docket.reliability.support.Load;
import dev.docket.reliability.support.Progress;
import dev.docket.reliability.worker.JobTypes;
import dev.docket.reliability.worker.WorkerConfig;
import dev.docket.spi.Store;
import dev.docket.spi.Stores;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Scenarios 1 and 2: many short jobs over several worker processes on PostgreSQL, either
 * undisturbed (baseline) or with a random worker killed with {@code kill -9} every few seconds and
 * restarted a little later. The full kill run uses Docket's default lease (30 s); the short one a
 * 2 s lease so it fits in the test suite.
 */
public final class WorkloadScenario implements Scenario {
    private final boolean kills;

    private WorkloadScenario(boolean kills) {
        this.kills = kills;
    }

    /** Scenario 1: no faults. */
    public static WorkloadScenario baseline() {
        return new WorkloadScenario(false);
    }

    /** Scenario 2: {@code kill -9} of a random worker every 10 s, restarted 5 s later. */
    public static WorkloadScenario killNine() {
        return new WorkloadScenario(true);
    }

    @Override
    public String name() {
        return kills ? "kill" : "baseline";
    }

    @Override
    public String title() {
        return kills ? "kill -9 of a random worker every 10 s, restarted 5 s later"
                : "many short jobs over several worker processes, no faults";
    }

    @Override
    public Result run(RunContext ctx) {
        int jobs = ctx.pick(kills ? 6_000 : 2_000, 100_000);
        int workers = ctx.pick(kills ? 3 : 2, 4);
        int threads = ctx.pick(8, 16);
        int maxMs = ctx.pick(kills ? 30 : 10, 10);
        Duration killEvery = ctx.seconds(3, 10);
        Duration restartAfter = ctx.seconds(1, 5);
        Result result = new Result(name(), ctx.full() ? "full" : "short");
        Instant began = Instant.now();
        try (SharedPostgres db = new SharedPostgres("rel_" + name());
             Store store = Stores.open(db.url(4));
             Docket producer = Docket.builder().store(db.url(4)).build();
             LedgerWriter acks = new LedgerWriter(ctx.dir().resolve("enqueue.ledger"))) {
            WorkerConfig template = WorkerConfig.of(db.url(threads / 2 + 4), ctx.dir().resolve("x"), "x")
                    .withConcurrency(threads);
            if (!ctx.full()) {
                template = template.withTimings(Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofSeconds(5));
            }
            try (Cluster cluster = new Cluster(ctx.dir(), template)) {
                cluster.start(workers);
                ctx.log("%d workers ready; enqueuing %d jobs", workers, jobs);
                long t0 = System.currentTimeMillis();
                try (Load load = new Load(producer, acks, n -> JobRequest.of(JobTypes.WORK,
                        new JobTypes.Work(n, ThreadLocalRandom.current().nextInt(maxMs + 1), false)),
                        jobs, 500, 0, () -> true).start()) {
                    long lastKill = kills ? killWhileRunning(ctx, cluster, store, load, killEvery, restartAfter, result) : 0;
                    Duration drainTimeout = ctx.seconds(120, 900);
                    DrainWatch drain = new DrainWatch(load, LedgerTail.inDirectory(ctx.dir(), "O"), store);
                    Await.until("every acknowledged job finished", drainTimeout, drain::done);
                    long t1 = System.currentTimeMillis();
                    result.figure("run s", String.format("%.1f", (t1 - t0) / 1000.0));
                    result.figure("jobs/s", Math.round(jobs * 1000.0 / (t1 - t0)));
                    if (kills) {
                        result.figure("done after last kill s", String.format("%.1f", (t1 - lastKill) / 1000.0));
                        result.check("all jobs done ≤ 120 s after the last kill", t1 - lastKill <= 120_000,
                                (t1 - lastKill) / 1000 + " s");
                    }
                }
            }
            LedgerFigures f = HistoryChecker.check(History.read(ctx.dir()), FinalStates.of(store),
                    id -> JobState.SUCCEEDED);
            result.ledger(f);
            result.check("0 lost", f.lost(), v -> v == 0);
            result.check("0 stuck", f.stuck(), v -> v == 0);
            if (kills) {
                result.check("every duplicate attributable to a kill", f.duplicates() == f.attributable(),
                        f.attributable() + " of " + f.duplicates());
                result.check("duplicates ≤ jobs held by killed workers", f.duplicates() <= f.orphans(),
                        f.duplicates() + " ≤ " + f.orphans());
                result.check("every orphan restarted", f.unrestartedOrphans(), v -> v == 0);
                result.check("every orphan restarted ≤ 90 s after its worker died",
                        f.maxOrphanRestartMs() <= 90_000, f.maxOrphanRestartMs() + " ms");
                result.figure("max orphan restart s", String.format("%.1f", f.maxOrphanRestartMs() / 1000.0));
            } else {
                result.check("0 duplicates", f.duplicates(), v -> v == 0);
                result.check("0 re-runs", f.reRuns(), v -> v == 0);
            }
        }
        return result.took(Duration.between(began, Instant.now()));
    }

    /** Kills a random worker every {@code every}, restarting it after {@code restartAfter}; returns the last kill's time. */
    private static long killWhileRunning(RunContext ctx, Cluster cluster, Store store, Load load, Duration every,
                                         Duration restartAfter, Result result) {
        long lastKill = 0;
        int killsDone = 0;
        long next = System.currentTimeMillis() + every.toMillis();
        while (!(load.finished() && Progress.unfinished(store) == 0)) {
            Await.pause(Math.max(0, next - System.currentTimeMillis()));
            next += every.toMillis();
            if (load.finished() && Progress.count(store, JobState.AVAILABLE) == 0) {
                break;
            }
            String slot = cluster.killRandom();
            lastKill = System.currentTimeMillis();
            killsDone++;
            ctx.log("kill -9 %s (kill %d)", slot, killsDone);
            Await.pause(restartAfter);
            cluster.relaunch(slot);
        }
        result.figure("kills", killsDone);
        return lastKill;
    }
}
