package dev.docket.it.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Backoff;
import dev.docket.Docket;
import dev.docket.DocketListener;
import dev.docket.ExecutionScope;
import dev.docket.JobEvent;
import dev.docket.JobType;
import dev.docket.NonRetryableException;
import dev.docket.it.Await;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Execution scopes learn each attempt's outcome on the handler's thread, before they close. */
class ExecutionScopeTest {
    record Task(String mode) {
        static final JobType<Task> TYPE = JobType.of("test.task", Task.class);
    }

    private final List<String> log = new CopyOnWriteArrayList<>();
    private Docket docket;

    @AfterEach
    void close() {
        if (docket != null) {
            docket.close(Duration.ZERO);
        }
    }

    private final DocketListener listener = new DocketListener() {
        @Override
        public void onEvent(JobEvent event) {
        }

        @Override
        public AutoCloseable aroundExecution(JobEvent started) {
            String opener = Thread.currentThread().getName();
            return new ExecutionScope() {
                @Override
                public void attemptEnded(JobEvent.Kind outcome, Throwable error) {
                    boolean sameThread = Thread.currentThread().getName().equals(opener);
                    log.add(started.attempt() + " " + outcome + " " + (error == null ? "-" : error.getMessage())
                            + (sameThread ? "" : " (other thread)"));
                }

                @Override
                public void close() {
                    log.add(started.attempt() + " closed");
                }
            };
        }
    };

    @Test
    void scopesHearSuccessRetryAndDeath() {
        docket = Docket.builder().store("memory:").listener(listener).pollInterval(Duration.ofMillis(20))
                .backoff(Backoff.fixed(Duration.ofMillis(10)))
                .handle(Task.TYPE, (args, ctx) -> {
                    if (args.mode().equals("flaky") && ctx.attempt() == 1) {
                        throw new IllegalStateException("first try fails");
                    }
                    if (args.mode().equals("fatal")) {
                        throw new NonRetryableException("hopeless");
                    }
                })
                .build().start();

        docket.enqueue(new Task("flaky"), o -> o.maxAttempts(3));
        Await.until("two attempts ended", () -> log.size() == 4);
        assertThat(log).containsExactly("1 FAILED first try fails", "1 closed", "2 SUCCEEDED -", "2 closed");

        log.clear();
        docket.enqueue(new Task("fatal"));
        Await.until("the attempt ended", () -> log.size() == 2);
        assertThat(log).containsExactly("1 DEAD hopeless", "1 closed");
    }

    @Test
    void plainAutoCloseableScopesAreStillClosed() {
        List<String> closed = new CopyOnWriteArrayList<>();
        docket = Docket.builder().store("memory:").pollInterval(Duration.ofMillis(20))
                .listener(new DocketListener() {
                    @Override
                    public void onEvent(JobEvent event) {
                    }

                    @Override
                    public AutoCloseable aroundExecution(JobEvent started) {
                        return () -> closed.add(started.jobId());
                    }
                })
                .handle(Task.TYPE, (args, ctx) -> { })
                .build().start();

        String id = docket.enqueue(new Task("ok")).id();
        Await.until("the scope closed", () -> closed.contains(id));
    }
}
