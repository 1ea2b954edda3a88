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
import dev.docket.reliability.support.Await;
import dev.docket.reliability.support.FinalStates;
import dev.docket.reliability.support.Progress;
import dev.docket.reliability.support.Ticks;
import dev.docket.reliability.worker.JobTypes;
import dev.docket.reliability.worker.WorkerConfig;
import dev.docket.spi.JobFilter;
import dev.docket.spi.JobRecord;
import dev.docket.spi.Store;
import dev.docket.spi.Stores;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Scenario 6: worker processes whose clocks run 60 s ahead and 60 s behind (injected through
 * {@code DocketBuilder.clock}) share a PostgreSQL store. Jobs running longer than the lease must
 * not be rescued from live workers, and the every-second schedule (catch-up all) must fire every
 * tick exactly once, whichever process leads. The process 60 s ahead starts first, so it is the
 * one that declares the schedule.
 */
public final class ClockSkewScenario implements Scenario {
    private static final List<Duration> OFFSETS = List.of(Duration.ofSeconds(60), Duration.ofSeconds(-60),
            Duration.ofSeconds(60));

    @Override
    public String name() {
        return "skew";
    }

    @Override
    public String title() {
        return "worker clocks ±60 s off: no premature rescue, every schedule tick once";
    }

    @Override
    public Result run(RunContext ctx) {
        Duration lease = ctx.seconds(3, 30);
        Duration window = ctx.seconds(20, 180);
        int longJobs = ctx.pick(6, 12);
        Result result = new Result(name(), ctx.full() ? "full" : "short");
        Instant began = Instant.now();
        try (SharedPostgres db = new SharedPostgres("rel_skew");
             Store store = Stores.open(db.url(2));
             Docket producer = Docket.builder().store(db.url(2)).build();
             LedgerWriter acks = new LedgerWriter(ctx.dir().resolve("enqueue.ledger"))) {
            WorkerConfig template = WorkerConfig.of(db.url(4), ctx.dir().resolve("x"), "x").withConcurrency(4)
                    .withSchedule(true);
            if (!ctx.full()) {
                template = template.withTimings(lease, Duration.ofMillis(200), Duration.ofSeconds(5));
            }
            Instant from;
            Instant to;
            try (Cluster cluster = new Cluster(ctx.dir(), template)) {
                for (Duration offset : OFFSETS) {
                    cluster.start(template.withClockOffset(offset));
                }
                ctx.log("workers ready with clock offsets %s", OFFSETS);
                for (int i = 0; i < longJobs; i++) {
                    Enqueued e = producer.enqueue(JobRequest.of(JobTypes.WORK,
                            new JobTypes.Work(i, (int) lease.multipliedBy(3).dividedBy(2).toMillis(), false)));
                    acks.acked(e.id());
                }
                from = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
                to = from.plus(window);
                Await.until("the tick window passed", window.plusSeconds(30), () -> Instant.now().isAfter(to.plusSeconds(1)));
                Ticks.awaitFired(store, to, Duration.ofSeconds(30));
                Await.until("every job finished", ctx.seconds(60, 300), () -> Progress.unfinished(store) == 0);
            }
            Ticks.checkExactlyOnce(store, from, to, result);
            List<JobRecord> work = FinalStates.records(store, JobFilter.ALL.withType(JobTypes.WORK.name())).values()
                    .stream().toList();
            long rescued = work.stream().filter(r -> r.lostCount() > 0).count();
            result.figure("jobs longer than the lease", work.size());
            result.check("0 premature rescues of jobs longer than the lease", rescued, v -> v == 0);
            LedgerFigures f = HistoryChecker.check(History.read(ctx.dir()), FinalStates.of(store),
                    id -> JobState.SUCCEEDED);
            result.ledger(f);
            result.check("0 lost", f.lost(), v -> v == 0);
            result.check("0 duplicates", f.duplicates(), v -> v == 0);
            result.check("0 re-runs", f.reRuns(), v -> v == 0);
        }
        return result.took(Duration.between(began, Instant.now()));
    }
}
