package dev.docket.reliability.scenario;

import dev.docket.Docket;
import dev.docket.JobRequest;
import dev.docket.JobState;
import dev.docket.reliability.check.HistoryChecker;
import dev.docket.reliability.check.LedgerFigures;
import dev.docket.reliability.check.Result;
import dev.docket.reliability.db.PrivatePostgres;
import dev.docket.reliability.ledger.History;
import dev.docket.reliability.ledger.LedgerWriter;
import dev.docket.reliability.proc.Cluster;
import dev.docket.reliability.proc.WorkerProcess;
import dev.docket.reliability.support.Await;
import dev.docket.reliability.support.FinalStates;
import dev.docket.reliability.support.HealthWatch;
import dev.docket.reliability.support.LedgerScan;
import dev.docket.reliability.support.Load;
import dev.docket.reliability.support.Progress;
import dev.docket.reliability.support.Ticks;
import dev.docket.reliability.worker.JobTypes;
import dev.docket.reliability.worker.WorkerConfig;
import dev.docket.server.DocketServer;
import dev.docket.server.ServerSettings;
import dev.docket.spi.PauseScheduleParams;
import dev.docket.spi.ScheduleRecord;
import dev.docket.spi.Store;
import dev.docket.spi.Stores;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Scenario 4: the PostgreSQL server is stopped mid-run and started again on the same data (a
 * private server: the machine's shared one is never touched). Enqueues during the outage must fail
 * with an exception (never a false acknowledgement), no acknowledged enqueue may be lost, and the
 * workers, the schedule leader and the enqueuer must resume within 10 s of the database's return
 * without a process restart; a Docket server on the same database must say {@code degraded} on
 * {@code /health} meanwhile and be up again within 10 s. The every-second schedule (catch-up all)
 * must still fire every tick of the run exactly once.
 */
public final class DatabaseRestartScenario implements Scenario {
    @Override
    public String name() {
        return "db-restart";
    }

    @Override
    public String title() {
        return "PostgreSQL stopped and started again mid-run (outages of about 10 s and 60 s)";
    }

    @Override
    public Result run(RunContext ctx) {
        List<Duration> outages = ctx.full() ? List.of(Duration.ofSeconds(10), Duration.ofSeconds(60))
                : List.of(Duration.ofSeconds(8));
        Duration steady = ctx.seconds(8, 30);
        Result result = new Result(name(), ctx.full() ? "full" : "short");
        Instant began = Instant.now();
        try (PrivatePostgres pg = new PrivatePostgres(ctx.dir().resolve("pgdata"))) {
            pg.start();
            String url = pg.url("rel", 4);
            try (Store store = Stores.open(url);
                 Docket producer = Docket.builder().store(url).build();
                 LedgerWriter acks = new LedgerWriter(ctx.dir().resolve("enqueue.ledger"))) {
                WorkerConfig template = WorkerConfig.of(pg.url("rel", 6), ctx.dir().resolve("x"), "x")
                        .withConcurrency(8).withSchedule(true);
                if (!ctx.full()) {
                    template = template.withTimings(Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofSeconds(5));
                }
                Instant from;
                Instant to;
                ServerSettings serverSettings = ServerSettings.defaults().withStore(url).withBind("127.0.0.1", 0)
                        .withShutdownGrace(Duration.ofSeconds(2));
                try (Cluster cluster = new Cluster(ctx.dir(), template);
                     DocketServer server = DocketServer.start(serverSettings);
                     HealthWatch health = new HealthWatch(server.url())) {
                    List<WorkerProcess> workers = cluster.start(2);
                    from = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
                    try (Load load = new Load(producer, acks, n -> JobRequest.of(JobTypes.WORK,
                            new JobTypes.Work(n, ThreadLocalRandom.current().nextInt(10), false)),
                            Long.MAX_VALUE, 20, ctx.pick(100.0, 200.0), () -> true).start()) {
                        int i = 0;
                        for (Duration outage : outages) {
                            i++;
                            Await.pause(steady);
                            outage(ctx, pg, cluster, workers, store, load, health, outage, "outage " + i + " ("
                                    + outage.toSeconds() + " s)", result);
                        }
                        Await.pause(steady);
                    }
                    to = Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
                    Ticks.awaitFired(store, to, Duration.ofSeconds(60));
                    // no tick may leave a job behind while the workers stop
                    store.schedules().setPaused(new PauseScheduleParams(JobTypes.EVERY_SECOND.name(), true, null,
                            null, Instant.now()));
                    Await.until("every acknowledged job finished", ctx.seconds(120, 300),
                            () -> Progress.unfinished(store) == 0);
                    result.check("no worker process was restarted", workers.stream().allMatch(WorkerProcess::isAlive),
                            workers.stream().filter(WorkerProcess::isAlive).count() + " of " + workers.size() + " alive");
                }
                Ticks.checkExactlyOnce(store, from, to, result);
                LedgerFigures f = HistoryChecker.check(History.read(ctx.dir()), FinalStates.of(store),
                        id -> JobState.SUCCEEDED);
                result.ledger(f);
                result.figure("refused enqueues", History.read(ctx.dir()).refusedEnqueues());
                result.check("0 acknowledged enqueues lost", f.lost(), v -> v == 0);
                result.check("0 stuck", f.stuck(), v -> v == 0);
                result.check("every duplicate attributable to the outage", f.duplicates() == f.attributable(),
                        f.attributable() + " of " + f.duplicates());
            }
        }
        return result.took(Duration.between(began, Instant.now()));
    }

    private static void outage(RunContext ctx, PrivatePostgres pg, Cluster cluster, List<WorkerProcess> workers,
                               Store store, Load load, HealthWatch health, Duration length, String name, Result result) {
        long lastTickBefore = lastTick(store);
        long refusedBefore = load.refused();
        long down = System.currentTimeMillis();
        pg.stop();
        ctx.log("%s: database stopped", name);
        Await.pause(length);
        pg.start();
        long up = System.currentTimeMillis();
        cluster.fault("db-down", "*", down, up);
        ctx.log("%s: database back after %d ms", name, up - down);
        boolean degraded = health.lastDegraded() > down;
        long[] resumed = new long[workers.size()];
        long[] leader = {0};
        long[] enqueue = {0};
        Await.within(Duration.ofSeconds(60), () -> {
            long now = System.currentTimeMillis();
            for (int w = 0; w < workers.size(); w++) {
                if (resumed[w] == 0 && LedgerScan.lastStart(workers.get(w).config().ledger()) > up) {
                    resumed[w] = now;
                }
            }
            if (leader[0] == 0 && lastTick(store) > lastTickBefore) {
                leader[0] = now;
            }
            if (enqueue[0] == 0 && load.lastAckedAt() > up) {
                enqueue[0] = now;
            }
            return leader[0] > 0 && enqueue[0] > 0 && health.lastUp() > up
                    && java.util.Arrays.stream(resumed).allMatch(t -> t > 0);
        });
        long workersMs = java.util.Arrays.stream(resumed).map(t -> t == 0 ? Long.MAX_VALUE : t - up).max().orElse(0);
        long leaderMs = leader[0] == 0 ? Long.MAX_VALUE : leader[0] - up;
        long enqueueMs = enqueue[0] == 0 ? Long.MAX_VALUE : enqueue[0] - up;
        long refused = load.refused() - refusedBefore;
        long healthMs = health.lastUp() > up ? health.lastUp() - up : Long.MAX_VALUE;
        result.figure(name + ": /health up again after ms", show(healthMs));
        result.check(name + ": /health says degraded during the outage", degraded,
                degraded ? health.degradedBody().replaceAll("\\s+", " ") : "never degraded");
        result.check(name + ": /health is up ≤ 10 s after the database is back", healthMs <= 10_000, show(healthMs) + " ms");
        result.figure(name + ": workers resumed after ms", show(workersMs));
        result.figure(name + ": schedule leader resumed after ms", show(leaderMs));
        result.figure(name + ": enqueues resumed after ms", show(enqueueMs));
        result.figure(name + ": enqueues refused with an exception", refused);
        result.check(name + ": enqueues during the outage fail loudly", refused, v -> v > 0);
        result.check(name + ": every worker resumes ≤ 10 s after the database is back", workersMs <= 10_000,
                show(workersMs) + " ms");
        result.check(name + ": the schedule leader resumes ≤ 10 s after the database is back", leaderMs <= 10_000,
                show(leaderMs) + " ms");
    }

    private static String show(long ms) {
        return ms == Long.MAX_VALUE ? "never (60 s)" : Long.toString(ms);
    }

    /** The schedule's latest fired tick in ms, 0 when none, -1 while the database cannot be read. */
    private static long lastTick(Store store) {
        try {
            return store.schedules().find(JobTypes.EVERY_SECOND.name()).map(ScheduleRecord::lastTick)
                    .map(Instant::toEpochMilli).orElse(0L);
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
