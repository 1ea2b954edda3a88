package dev.docket.reliability.scenario;

import dev.docket.reliability.check.Result;
import dev.docket.reliability.db.SharedPostgres;
import dev.docket.reliability.proc.Cluster;
import dev.docket.reliability.support.Await;
import dev.docket.reliability.support.Ticks;
import dev.docket.reliability.worker.WorkerConfig;
import dev.docket.spi.Leadership;
import dev.docket.spi.Store;
import dev.docket.spi.Stores;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Scenario 7: three processes share the every-second schedule (catch-up all); the schedule leader
 * is killed with {@code kill -9} a few seconds after each election, and restarted, again and again.
 * Every tick in the window must have exactly one job: none doubled by a stale leader, none lost in
 * the gaps between leaders.
 */
public final class LeaderChurnScenario implements Scenario {
    @Override
    public String name() {
        return "leader-churn";
    }

    @Override
    public String title() {
        return "the schedule leader killed every few seconds, three processes";
    }

    @Override
    public Result run(RunContext ctx) {
        Duration runFor = ctx.seconds(40, 360);
        Result result = new Result(name(), ctx.full() ? "full" : "short");
        Instant began = Instant.now();
        try (SharedPostgres db = new SharedPostgres("rel_churn");
             Store store = Stores.open(db.url(2))) {
            WorkerConfig template = WorkerConfig.of(db.url(4), ctx.dir().resolve("x"), "x").withConcurrency(2)
                    .withSchedule(true);
            if (!ctx.full()) {
                template = template.withTimings(Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofSeconds(5));
            }
            Instant from;
            Instant to;
            int kills = 0;
            try (Cluster cluster = new Cluster(ctx.dir(), template)) {
                cluster.start(3);
                Await.until("a leader is elected", Duration.ofSeconds(120), () -> leader(store, cluster).isPresent());
                from = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
                Instant end = Instant.now().plus(runFor);
                while (Instant.now().isBefore(end)) {
                    Await.pause(ThreadLocalRandom.current().nextLong(2_000, 5_000));
                    String slot = leader(store, cluster).orElse(null);
                    if (slot == null) {
                        continue;
                    }
                    cluster.kill(slot);
                    kills++;
                    ctx.log("kill -9 of the leader %s (kill %d)", slot, kills);
                    cluster.restart(slot);
                    Await.until("another leader is elected", Duration.ofSeconds(120),
                            () -> leader(store, cluster).isPresent());
                }
                to = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
                Ticks.awaitFired(store, to, Duration.ofSeconds(60));
            }
            result.figure("leader kills", kills);
            result.figure("window s", Duration.between(from, to).toSeconds());
            Ticks.checkExactlyOnce(store, from, to, result);
            result.check("leaders were killed", kills, v -> v >= 3);
        }
        return result.took(Duration.between(began, Instant.now()));
    }

    /** The slot of the live process that leads maintenance (and so fires schedules), if any. */
    private static Optional<String> leader(Store store, Cluster cluster) {
        Optional<Leadership> l = store.leaders().current("maintenance", Instant.now());
        return l.flatMap(x -> cluster.slotOfPid(Long.parseLong(x.holder().split(":")[1])))
                .filter(slot -> cluster.get(slot).isAlive());
    }
}
