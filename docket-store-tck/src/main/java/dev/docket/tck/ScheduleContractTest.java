package dev.docket.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.FireParams;
import dev.docket.spi.FireResult;
import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaderParams;
import dev.docket.spi.Leadership;
import dev.docket.spi.NewJob;
import dev.docket.spi.PauseScheduleParams;
import dev.docket.spi.ScheduleRecord;
import dev.docket.spi.TickFiring;
import dev.docket.spi.UpsertScheduleParams;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code ScheduleStore}: definitions, pause, and firing fenced by leadership, watermark and tick key. */
class ScheduleContractTest extends StoreTestSupport {
    private static final String DEF = "{\"cron\":\"* * * * *\",\"job\":{\"type\":\"t\"}}";
    private static final Duration TTL = Duration.ofMinutes(10);

    private Leadership lead(String holder, Instant now) {
        return store.leaders().acquire(new LeaderParams("maintenance", holder, TTL, now)).orElseThrow();
    }

    private ScheduleRecord create(String name, Instant handledUntil, Instant next) {
        return store.schedules().upsert(new UpsertScheduleParams(name, DEF, true, handledUntil, next, null, T0));
    }

    private static TickFiring tick(String schedule, Instant tick) {
        return new TickFiring(tick, NewJob.of("t", "default", "{}")
                .withMeta(Map.of("schedule", schedule, "tick", tick.toString())));
    }

    private FireResult fire(Leadership leader, String name, Instant expected, Instant handled, Instant next,
                            List<TickFiring> firings, Instant pending, Instant now) {
        return store.schedules().fire(new FireParams(name, leader, expected, handled, next, firings, pending, now));
    }

    @Test
    void upsertCreatesThenRedefinesKeepingTheFiringStateUnlessReset() {
        ScheduleRecord created = create("nightly", at(0), at(60));
        assertThat(created.paused()).isFalse();
        assertThat(created.handledUntil()).isEqualTo(at(0));
        assertThat(created.nextFireAt()).isEqualTo(at(60));
        assertThat(created.createdAt()).isEqualTo(T0);

        ScheduleRecord kept = store.schedules().upsert(new UpsertScheduleParams("nightly", "{\"v\":2}", false,
                at(500), at(600), null, at(10)));
        assertThat(kept.definitionJson()).isEqualTo("{\"v\":2}");
        assertThat(kept.handledUntil()).isEqualTo(at(0));
        assertThat(kept.nextFireAt()).isEqualTo(at(60));
        assertThat(kept.createdAt()).isEqualTo(T0);
        assertThat(kept.updatedAt()).isEqualTo(at(10));

        ScheduleRecord reset = store.schedules().upsert(new UpsertScheduleParams("nightly", "{\"v\":3}", true,
                at(500), at(600), true, at(20)));
        assertThat(reset.handledUntil()).isEqualTo(at(500));
        assertThat(reset.nextFireAt()).isEqualTo(at(600));
        assertThat(reset.paused()).isTrue();
        assertThat(store.schedules().find("nightly")).contains(reset);
    }

    @Test
    void listFindAndDelete() {
        create("b", at(0), at(60));
        create("a", at(0), at(60));
        assertThat(store.schedules().list()).extracting(ScheduleRecord::name).containsExactly("a", "b");
        assertThat(store.schedules().delete("a")).isTrue();
        assertThat(store.schedules().delete("a")).isFalse();
        assertThat(store.schedules().find("a")).isEmpty();
    }

    @Test
    void pausingKeepsTheWatermarkAndResumingMovesIt() {
        create("s", at(0), at(60));
        assertThat(store.schedules().setPaused(new PauseScheduleParams("s", true, null, null, at(5))).orElseThrow().paused())
                .isTrue();
        ScheduleRecord resumed = store.schedules().setPaused(new PauseScheduleParams("s", false, at(300), at(360), at(300)))
                .orElseThrow();
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.handledUntil()).isEqualTo(at(300));
        assertThat(resumed.nextFireAt()).isEqualTo(at(360));
        assertThat(store.schedules().setPaused(new PauseScheduleParams("nope", true, null, null, T0))).isEmpty();
    }

    @Test
    void firingInsertsTheJobsAndMovesTheState() {
        create("s", at(0), at(60));
        Leadership leader = lead("p1", T0);
        FireResult r = fire(leader, "s", at(0), at(120), at(180), List.of(tick("s", at(60)), tick("s", at(120))), null, at(121));
        assertThat(r.status()).isEqualTo(FireResult.Status.FIRED);
        assertThat(r.jobIds()).hasSize(2);
        JobRecord second = find(r.jobIds().get(1));
        assertThat(second.state()).isEqualTo(JobState.AVAILABLE);
        assertThat(second.meta()).containsEntry("schedule", "s").containsEntry("tick", at(120).toString());

        ScheduleRecord s = store.schedules().find("s").orElseThrow();
        assertThat(s.handledUntil()).isEqualTo(at(120));
        assertThat(s.nextFireAt()).isEqualTo(at(180));
        assertThat(s.lastTick()).isEqualTo(at(120));
        assertThat(s.lastJobId()).isEqualTo(r.jobIds().get(1));
    }

    @Test
    void firingWithNoJobsStillMovesTheWatermarkAndKeepsTheLastRun() {
        create("s", at(0), at(60));
        Leadership leader = lead("p1", T0);
        long first = fire(leader, "s", at(0), at(60), at(120), List.of(tick("s", at(60))), null, at(61)).jobIds().get(0);
        FireResult dropped = fire(leader, "s", at(60), at(180), at(240), List.of(), at(180), at(181));
        assertThat(dropped.status()).isEqualTo(FireResult.Status.FIRED);
        ScheduleRecord s = store.schedules().find("s").orElseThrow();
        assertThat(s.handledUntil()).isEqualTo(at(180));
        assertThat(s.lastTick()).isEqualTo(at(60));
        assertThat(s.lastJobId()).isEqualTo(first);
        assertThat(s.pendingTick()).isEqualTo(at(180));
    }

    @Test
    void aStaleWatermarkWritesNothing() {
        create("s", at(0), at(60));
        Leadership leader = lead("p1", T0);
        assertThat(fire(leader, "s", at(0), at(60), at(120), List.of(tick("s", at(60))), null, at(61)).status())
                .isEqualTo(FireResult.Status.FIRED);
        FireResult again = fire(leader, "s", at(0), at(60), at(120), List.of(tick("s", at(60))), null, at(62));
        assertThat(again.status()).isEqualTo(FireResult.Status.STALE);
        assertThat(all()).hasSize(1);
        assertThat(fire(leader, "gone", null, at(60), null, List.of(), null, at(62)).status())
                .isEqualTo(FireResult.Status.STALE);
    }

    @Test
    void aFormerLeaderCannotFire() {
        create("s", at(0), at(60));
        Leadership old = lead("p1", T0);
        store.leaders().resign("maintenance", "p1", old.term());
        Leadership current = lead("p2", at(1));
        assertThat(current.term()).isGreaterThan(old.term());

        assertThat(fire(old, "s", at(0), at(60), at(120), List.of(tick("s", at(60))), null, at(61)).status())
                .isEqualTo(FireResult.Status.NOT_LEADER);
        assertThat(fire(current, "s", at(0), at(60), at(120), List.of(tick("s", at(60))), null, at(61)).status())
                .isEqualTo(FireResult.Status.FIRED);
        assertThat(all()).hasSize(1);
    }

    @Test
    void anExpiredLeadershipCannotFire() {
        create("s", at(0), at(60));
        Leadership leader = lead("p1", T0);
        Instant afterExpiry = T0.plus(TTL).plusSeconds(1);
        assertThat(fire(leader, "s", at(0), at(60), at(120), List.of(tick("s", at(60))), null, afterExpiry).status())
                .isEqualTo(FireResult.Status.NOT_LEADER);
        assertThat(all()).isEmpty();
    }

    @Test
    void aTickFiresAtMostOnceEvenWhenTheWatermarkIsMovedBack() {
        create("s", at(0), at(60));
        Leadership leader = lead("p1", T0);
        fire(leader, "s", at(0), at(60), at(120), List.of(tick("s", at(60))), null, at(61));
        store.schedules().upsert(new UpsertScheduleParams("s", DEF, true, at(0), at(60), null, at(62)));

        FireResult twice = fire(leader, "s", at(0), at(120), at(180), List.of(tick("s", at(60)), tick("s", at(120))),
                null, at(121));
        assertThat(twice.status()).isEqualTo(FireResult.Status.DUPLICATE_TICK);
        assertThat(all()).as("nothing of the refused firing is written").hasSize(1);
        assertThat(store.schedules().find("s").orElseThrow().handledUntil()).isEqualTo(at(0));
    }

    @Test
    void concurrentFiringsOfOneTickCreateOneJob() throws Exception {
        create("s", at(0), at(60));
        Leadership leader = lead("p1", T0);
        int threads = 4;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<FireResult>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return fire(leader, "s", at(0), at(60), at(120), List.of(tick("s", at(60))), null, at(61));
                }));
            }
            int fired = 0;
            for (Future<FireResult> f : results) {
                if (f.get(30, TimeUnit.SECONDS).status() == FireResult.Status.FIRED) {
                    fired++;
                }
            }
            assertThat(fired).isEqualTo(1);
            assertThat(all()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void firingFromAPeerInstanceIsFencedTheSameWay() {
        Optional<dev.docket.spi.Store> peer = peer();
        org.junit.jupiter.api.Assumptions.assumeTrue(peer.isPresent(), "the store cannot open a second instance");
        create("s", at(0), at(60));
        Leadership leader = lead("p1", T0);
        assertThat(peer.get().schedules().fire(new FireParams("s", leader, at(0), at(60), at(120),
                List.of(tick("s", at(60))), null, at(61))).status()).isEqualTo(FireResult.Status.FIRED);
        assertThat(fire(leader, "s", at(0), at(60), at(120), List.of(tick("s", at(60))), null, at(61)).status())
                .isEqualTo(FireResult.Status.STALE);
    }
}
