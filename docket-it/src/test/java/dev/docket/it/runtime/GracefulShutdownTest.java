package dev.docket.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Docket;
import dev.docket.Job;
import dev.docket.JobState;
import dev.docket.it.Await;
import dev.docket.it.SharedStore;
import dev.docket.it.TestStore;
import dev.docket.spi.Store;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Stopping lets running jobs finish within the grace period and hands the rest back at once. */
class GracefulShutdownTest {
    record Work(String name) {
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void runningJobsFinishWithinTheGracePeriod(TestStore kind) throws Exception {
        try (Store store = kind.open()) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Docket d = Docket.builder().store(new SharedStore(store)).lease(Duration.ofMinutes(5))
                    .handle("test.slow", Work.class, (args, ctx) -> {
                        started.countDown();
                        release.await();
                    }).build().start();
            String id = d.enqueue("test.slow", new Work("a"), o -> { }).id();
            started.await();
            Thread closer = new Thread(() -> d.close(Duration.ofMinutes(1)));
            closer.start();
            release.countDown();
            closer.join();
            Job job = Docket.builder().store(new SharedStore(store)).build().admin().job(id).orElseThrow();
            assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void unfinishedJobsAreHandedBackAtOnceNotAfterTheirLease(TestStore kind) throws Exception {
        try (Store store = kind.open()) {
            CountDownLatch started = new CountDownLatch(2);
            AtomicInteger interrupted = new AtomicInteger();
            Docket first = Docket.builder().store(new SharedStore(store)).lease(Duration.ofMinutes(10))
                    .queue("default", 2)
                    .handle("test.stuck", Work.class, (args, ctx) -> {
                        started.countDown();
                        try {
                            new CountDownLatch(1).await();
                        } catch (InterruptedException e) {
                            interrupted.incrementAndGet();
                            throw e;
                        }
                    }).build().start();
            String a = first.enqueue("test.stuck", new Work("a"), o -> { }).id();
            String b = first.enqueue("test.stuck", new Work("b"), o -> { }).id();
            started.await();

            first.close(Duration.ofMillis(100));

            Docket observer = Docket.builder().store(new SharedStore(store)).build();
            for (String id : new String[] {a, b}) {
                Job job = observer.admin().job(id).orElseThrow();
                assertThat(job.state()).as("job %s after shutdown", id).isEqualTo(JobState.AVAILABLE);
                assertThat(job.attempt()).isEqualTo(1);
                assertThat(job.errors()).isEmpty();
            }
            Await.until("both handlers interrupted", () -> interrupted.get() == 2);

            CountDownLatch ran = new CountDownLatch(2);
            Docket second = Docket.builder().store(new SharedStore(store)).pollInterval(Duration.ofMillis(100))
                    .handle("test.stuck", Work.class, (args, ctx) -> ran.countDown()).build().start();
            try {
                ran.await();
                Await.until("both succeeded on the second process", () ->
                        observer.admin().job(a).orElseThrow().state() == JobState.SUCCEEDED
                                && observer.admin().job(b).orElseThrow().state() == JobState.SUCCEEDED);
                assertThat(observer.admin().job(a).orElseThrow().attempt()).isEqualTo(2);
            } finally {
                second.close(Duration.ZERO);
            }
        }
    }
}
