package dev.docket.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Backoff;
import dev.docket.Docket;
import dev.docket.DocketBuilder;
import dev.docket.Enqueued;
import dev.docket.Job;
import dev.docket.JobEvent;
import dev.docket.JobRequest;
import dev.docket.JobState;
import dev.docket.JobType;
import dev.docket.NonRetryableException;
import dev.docket.RawJson;
import dev.docket.it.Await;
import dev.docket.it.EventRecorder;
import dev.docket.it.TestStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.MDC;

/** The worker runtime end to end, on every store. */
class RuntimeBehaviourTest {
    record Echo(String text) {
        static final JobType<Echo> TYPE = JobType.of("test.echo", Echo.class);
    }

    record Flaky(int failures) {
        static final JobType<Flaky> TYPE = JobType.of("test.flaky", Flaky.class);
    }

    record Block(String key) {
        static final JobType<Block> TYPE = JobType.of("test.block", Block.class);
    }

    private final List<Docket> dockets = new ArrayList<>();
    private final EventRecorder events = new EventRecorder();
    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> entered = new ConcurrentHashMap<>();

    @AfterEach
    void close() {
        dockets.forEach(d -> d.close(Duration.ZERO));
    }

    private Docket docket(TestStore store, Consumer<DocketBuilder> extra) {
        DocketBuilder b = Docket.builder().store(store.freshUrl()).listener(events)
                .pollInterval(Duration.ofMillis(200)).lease(Duration.ofSeconds(3))
                .backoff(Backoff.fixed(Duration.ofMillis(20)))
                .handleWithResult(Echo.TYPE, (args, ctx) -> Map.of("echo", args.text(), "attempt", ctx.attempt()))
                .handle(Flaky.TYPE, (args, ctx) -> {
                    if (ctx.attempt() <= args.failures()) {
                        throw new IllegalStateException("failure " + ctx.attempt());
                    }
                })
                .handle(Block.TYPE, (args, ctx) -> {
                    entered.computeIfAbsent(args.key(), k -> new CountDownLatch(1)).countDown();
                    gates.computeIfAbsent(args.key(), k -> new CountDownLatch(1)).await();
                });
        extra.accept(b);
        Docket d = b.build();
        dockets.add(d);
        return d;
    }

    private static Job awaitState(Docket d, String id, JobState state) {
        return Await.value("job " + id + " is " + state.wireName(),
                () -> d.admin().job(id).filter(j -> j.state() == state).orElse(null));
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void runsJobsAndStoresTheirResults(TestStore store) {
        Docket d = docket(store, b -> { }).start();
        List<JobRequest> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(JobRequest.of(new Echo("hello " + i)));
        }
        List<Enqueued> ids = d.enqueueAll(batch);
        for (int i = 0; i < ids.size(); i++) {
            Job job = awaitState(d, ids.get(i).id(), JobState.SUCCEEDED);
            assertThat(job.resultJson()).contains("\"echo\":\"hello " + i + "\"");
            assertThat(job.attempt()).isEqualTo(1);
            assertThat(job.startedAt()).isNotNull();
            assertThat(job.finishedAt()).isNotNull();
        }
        Await.until("succeeded events told", () -> events.count(JobEvent.Kind.SUCCEEDED) == 50);
        assertThat(events.count(JobEvent.Kind.ENQUEUED)).isEqualTo(50);
        assertThat(events.count(JobEvent.Kind.STARTED)).isEqualTo(50);
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void retriesWithBackoffKeepingEveryError(TestStore store) {
        Docket d = docket(store, b -> { }).start();
        String id = d.enqueue(new Flaky(2)).id();
        Job job = awaitState(d, id, JobState.SUCCEEDED);
        assertThat(job.attempt()).isEqualTo(3);
        assertThat(job.errors()).extracting(e -> e.attempt()).containsExactly(1, 2);
        assertThat(job.errors().get(1).message()).isEqualTo("java.lang.IllegalStateException: failure 2");
        assertThat(job.errors().get(0).stack()).contains("RuntimeBehaviourTest");
        Await.until("two failed events", () -> events.count(JobEvent.Kind.FAILED, id) == 2);
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void aZeroSucceededRetentionDeletesJobsAsTheySucceed(TestStore store) {
        Docket d = docket(store, b -> b.retention(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(1))).start();
        String retried = d.enqueue(new Flaky(1)).id();
        String dead = d.enqueue(new Flaky(99), o -> o.maxAttempts(1)).id();
        Await.until("the retried job succeeded", () -> events.count(JobEvent.Kind.SUCCEEDED, retried) == 1);
        assertThat(d.admin().job(retried)).isEmpty();
        Job kept = awaitState(d, dead, JobState.DEAD);
        assertThat(kept.errors()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void goesDeadWhenOutOfAttempts(TestStore store) {
        Docket d = docket(store, b -> { }).start();
        String id = d.enqueue(new Flaky(99), o -> o.maxAttempts(3)).id();
        Job job = awaitState(d, id, JobState.DEAD);
        assertThat(job.attempt()).isEqualTo(3);
        assertThat(job.errors()).hasSize(3);
        Await.until("dead event", () -> events.count(JobEvent.Kind.DEAD, id) == 1);
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void nonRetryableFailuresGoDeadAtOnce(TestStore store) {
        Docket d = docket(store, b -> b.handle("test.refuse", Echo.class, (args, ctx) -> {
            throw new NonRetryableException("cannot ever work: " + args.text());
        })).start();
        String id = d.enqueue("test.refuse", new Echo("x"), o -> { }).id();
        Job job = awaitState(d, id, JobState.DEAD);
        assertThat(job.attempt()).isEqualTo(1);
        assertThat(job.errors().get(0).message()).contains("cannot ever work: x");
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void timeoutsInterruptTheHandlerAndCountAsFailures(TestStore store) {
        Docket d = docket(store, b -> { }).start();
        String id = d.enqueue(new Block("forever"), o -> o.timeout(Duration.ofMillis(200)).maxAttempts(1)).id();
        Job job = awaitState(d, id, JobState.DEAD);
        assertThat(job.errors().get(0).message()).isEqualTo("timed out after 200ms");
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void cancellingARunningJobInterruptsItAndRecordsCancelled(TestStore store) throws Exception {
        Docket d = docket(store, b -> { }).start();
        String id = d.enqueue(new Block("cancel-me")).id();
        Await.until("handler entered", () -> entered.containsKey("cancel-me"));
        entered.get("cancel-me").await();
        assertThat(d.admin().cancel(id).state()).isEqualTo(JobState.RUNNING);
        Job job = awaitState(d, id, JobState.CANCELLED);
        assertThat(job.finishedAt()).isNotNull();
        Await.until("cancelled event", () -> events.count(JobEvent.Kind.CANCELLED, id) == 1);
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void aUniqueKeyAdmitsOneUnfinishedJob(TestStore store) {
        Docket d = docket(store, b -> { });
        Enqueued first = d.enqueue(new Echo("a"), o -> o.uniqueKey("report-2026-11").delay(Duration.ofHours(1)));
        Enqueued second = d.enqueue(new Echo("b"), o -> o.uniqueKey("report-2026-11"));
        assertThat(first.duplicate()).isFalse();
        assertThat(first.state()).isEqualTo(JobState.SCHEDULED);
        assertThat(second.duplicate()).isTrue();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(d.admin().job(first.id()).orElseThrow().argsJson()).contains("\"a\"");
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void pausedQueuesHandOutNothingUntilResumed(TestStore store) {
        Docket d = docket(store, b -> b.queue("default", 4).queue("reports", 2)).start();
        d.admin().pauseQueue("reports");
        String paused = d.enqueue(new Echo("later"), o -> o.queue("reports")).id();
        String other = d.enqueue(new Echo("now")).id();
        awaitState(d, other, JobState.SUCCEEDED);
        d.admin().queues().forEach(q -> {
            if (q.name().equals("reports")) {
                assertThat(q.paused()).isTrue();
            }
        });
        assertThat(d.admin().job(paused).orElseThrow().state()).isEqualTo(JobState.AVAILABLE);
        d.admin().resumeQueue("reports");
        awaitState(d, paused, JobState.SUCCEEDED);
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void typesWithoutAHandlerWaitForAProcessThatKnowsThem(TestStore store) {
        Docket d = docket(store, b -> { }).start();
        String unknown = d.enqueue("test.elsewhere", new RawJson("{}"), o -> { }).id();
        String known = d.enqueue(new Echo("x")).id();
        awaitState(d, known, JobState.SUCCEEDED);
        assertThat(d.admin().job(unknown).orElseThrow().state()).isEqualTo(JobState.AVAILABLE);
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void unknownTypesAndUnreadableArgumentsGoDeadOnTheFirstAttemptWhenClaimed(TestStore store) {
        Docket d = docket(store, b -> b.claimUnknownTypes(true)).start();
        String unknown = d.enqueue("test.nobody", new RawJson("{}"), o -> { }).id();
        String malformed = d.enqueue("test.echo", new RawJson("{\"text\": {\"nested\": true}}"), o -> { }).id();
        Job u = awaitState(d, unknown, JobState.DEAD);
        Job m = awaitState(d, malformed, JobState.DEAD);
        assertThat(u.attempt()).isEqualTo(1);
        assertThat(u.errors().get(0).message()).contains("unknown job type 'test.nobody'");
        assertThat(m.attempt()).isEqualTo(1);
        assertThat(m.errors().get(0).message()).contains("invalid arguments for job type 'test.echo'");
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void theJobIsInTheLoggingContextWhileItRuns(TestStore store) {
        Map<String, String> seen = new ConcurrentHashMap<>();
        Docket d = docket(store, b -> b.handle("test.mdc", Echo.class, (args, ctx) -> {
            seen.put("id", MDC.get("docket.job.id") + "/" + ctx.jobId());
            seen.put("attempt", MDC.get("docket.job.attempt"));
            seen.put("type", MDC.get("docket.job.type"));
        })).start();
        String id = d.enqueue("test.mdc", new Echo("x"), o -> { }).id();
        awaitState(d, id, JobState.SUCCEEDED);
        assertThat(seen).containsEntry("id", id + "/" + id).containsEntry("attempt", "1").containsEntry("type", "test.mdc");
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void progressIsWrittenWithTheLease(TestStore store) {
        Docket d = docket(store, b -> b.handle("test.progress", Echo.class, (args, ctx) -> {
            ctx.progress(Map.of("done", 3, "of", 10));
            ctx.heartbeat();
            gates.computeIfAbsent("progress", k -> new CountDownLatch(1)).await();
        })).start();
        String id = d.enqueue("test.progress", new Echo("x"), o -> { }).id();
        Await.until("progress stored", () -> d.admin().job(id).map(Job::progressJson).orElse("").contains("\"done\":3"));
        gates.computeIfAbsent("progress", k -> new CountDownLatch(1)).countDown();
        awaitState(d, id, JobState.SUCCEEDED);
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void delayedJobsRunOnceDue(TestStore store) {
        Docket d = docket(store, b -> { }).start();
        Enqueued e = d.enqueue(new Echo("later"), o -> o.delay(Duration.ofMillis(300)));
        assertThat(e.state()).isEqualTo(JobState.SCHEDULED);
        Job job = awaitState(d, e.id(), JobState.SUCCEEDED);
        assertThat(job.startedAt()).isAfterOrEqualTo(job.scheduledAt());
    }

    @ParameterizedTest
    @EnumSource(value = TestStore.class, names = "MEMORY")
    void handlersRunOnVirtualThreadsWhenTheJdkHasThem(TestStore store) {
        Map<String, String> seen = new ConcurrentHashMap<>();
        Docket d = docket(store, b -> b.handle("test.thread", Echo.class, (args, ctx) ->
                seen.put("virtual", String.valueOf(isVirtual(Thread.currentThread()))))).start();
        String id = d.enqueue("test.thread", new Echo("x"), o -> { }).id();
        awaitState(d, id, JobState.SUCCEEDED);
        assertThat(seen.get("virtual")).isEqualTo(String.valueOf(Runtime.version().feature() >= 21));
    }

    private static boolean isVirtual(Thread t) {
        try {
            return (Boolean) Thread.class.getMethod("isVirtual").invoke(t);
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void concurrencyPerQueueIsRespected(TestStore store) {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        Docket d = docket(store, b -> b.queue("default", 3).handle("test.count", Echo.class, (args, ctx) -> {
            int n = now.incrementAndGet();
            peak.accumulateAndGet(n, Math::max);
            Thread.sleep(5);
            now.decrementAndGet();
        })).start();
        List<JobRequest> batch = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            batch.add(JobRequest.of("test.count", new Echo("x")));
        }
        List<Enqueued> ids = d.enqueueAll(batch);
        ids.forEach(e -> awaitState(d, e.id(), JobState.SUCCEEDED));
        assertThat(peak.get()).isBetween(1, 3);
    }
}
