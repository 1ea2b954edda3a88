package dev.docket.internal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The handler pool runs every task, gives blocking tasks a thread each, stops, and lets idle threads go. */
class HandlerPoolTest {
    private HandlerPool pool;

    @AfterEach
    void stop() throws Exception {
        if (pool != null) {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private HandlerPool pool(int maxThreads, long keepAliveMs) {
        pool = new HandlerPool(maxThreads, keepAliveMs, TimeUnit.MILLISECONDS, Threads.daemonFactory("test-handler"));
        return pool;
    }

    @Test
    void runsEveryTaskOfManyBursts() throws Exception {
        HandlerPool p = pool(64, 60_000);
        int tasks = 200_000;
        CountDownLatch done = new CountDownLatch(tasks);
        for (int i = 0; i < tasks; i++) {
            p.execute(done::countDown);
        }
        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.threads()).isBetween(1, 64);
    }

    @Test
    void tasksThatBlockEachGetAThreadUpToTheMaximum() throws Exception {
        int max = 16;
        HandlerPool p = pool(max, 60_000);
        CountDownLatch allStarted = new CountDownLatch(max);
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < max; i++) {
            p.execute(() -> {
                allStarted.countDown();
                awaitQuietly(release);
            });
        }
        assertThat(allStarted.await(30, TimeUnit.SECONDS)).as("every blocking task runs at once").isTrue();
        assertThat(p.threads()).isEqualTo(max);
        release.countDown();
    }

    @Test
    void aTaskSubmittedWhileOthersBlockStillRuns() throws Exception {
        HandlerPool p = pool(4, 60_000);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(3);
        for (int i = 0; i < 3; i++) {
            p.execute(() -> {
                blocked.countDown();
                awaitQuietly(release);
            });
        }
        assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();
        CountDownLatch ran = new CountDownLatch(1);
        p.execute(ran::countDown);
        assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
        release.countDown();
    }

    @Test
    void aTaskThatThrowsIsReportedAndTheThreadRunsTheNextTask() throws Exception {
        AtomicInteger reported = new AtomicInteger();
        pool = new HandlerPool(1, 60_000, TimeUnit.MILLISECONDS, r -> {
            Thread t = new Thread(r, "test-handler");
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> reported.incrementAndGet());
            return t;
        });
        CountDownLatch ran = new CountDownLatch(1);
        pool.execute(() -> {
            throw new IllegalStateException("boom");
        });
        pool.execute(ran::countDown);

        assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(reported).hasValue(1);
        assertThat(pool.threads()).isEqualTo(1);
    }

    @Test
    void shutdownNowInterruptsRunningTasksAndRefusesNewOnes() throws Exception {
        HandlerPool p = pool(2, 60_000);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        p.execute(() -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        p.shutdownNow();

        assertThat(interrupted.await(30, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> p.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
        assertThat(p.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.isTerminated()).isTrue();
    }

    @Test
    void idleThreadsEndAfterTheKeepAliveAndNewTasksStartOthers() throws Exception {
        HandlerPool p = pool(8, 20);
        CountDownLatch first = new CountDownLatch(1);
        p.execute(first::countDown);
        assertThat(first.await(30, TimeUnit.SECONDS)).isTrue();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (p.threads() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(p.threads()).as("idle threads ended").isZero();

        CountDownLatch second = new CountDownLatch(1);
        p.execute(second::countDown);
        assertThat(second.await(30, TimeUnit.SECONDS)).isTrue();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
