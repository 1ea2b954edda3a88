package dev.docket.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.JobState;
import dev.docket.JobType;
import dev.docket.StoreException;
import dev.docket.admin.DocketAdmin;
import dev.docket.test.DocketTestKit;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Queue gauges read the admin model at most once per refresh interval, and follow new queues. */
class QueueMetricsTest {
    record Mail(int n) {
        static final JobType<Mail> TYPE = JobType.of("test.mail", Mail.class);
    }

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DocketTestKit kit = DocketTestKit.create(b -> b.register(Mail.TYPE));
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicBoolean failing = new AtomicBoolean();
    private final DocketAdmin counted = counting(kit.docket().admin());

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void gaugesShowJobsPerStateAndLatency() {
        kit.docket().enqueue(new Mail(1), o -> o.queue("mail"));
        kit.docket().enqueue(new Mail(2), o -> o.queue("mail").delay(Duration.ofMinutes(1)));
        new QueueMetrics(kit.docket().admin(), Duration.ZERO).bindTo(registry);
        kit.clock().advance(Duration.ofSeconds(7));

        assertThat(size("mail", JobState.AVAILABLE)).isEqualTo(1);
        assertThat(size("mail", JobState.SCHEDULED)).isEqualTo(1);
        assertThat(size("mail", JobState.RUNNING)).isZero();
        assertThat(registry.get(DocketMeters.QUEUE_LATENCY).tag("queue", "mail").gauge().value()).isEqualTo(7.0);
    }

    @Test
    void readsTheStoreOncePerRefreshHoweverManyGaugesAreRead() {
        AtomicLong nanos = new AtomicLong();
        List<String> added = new ArrayList<>();
        QueueSnapshot snapshot = new QueueSnapshot(counted, Duration.ofSeconds(5), nanos::get, added::add);
        kit.docket().enqueue(new Mail(1), o -> o.queue("mail"));

        for (JobState s : JobState.values()) {
            snapshot.count("mail", s);
        }
        snapshot.latencySeconds("mail");
        assertThat(reads).hasValue(1);
        assertThat(added).containsExactly("default", "mail");

        kit.docket().enqueue(new Mail(2), o -> o.queue("reports"));
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(snapshot.count("reports", JobState.AVAILABLE)).as("still the cached read").isZero();
        assertThat(reads).hasValue(1);

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(snapshot.count("reports", JobState.AVAILABLE)).isEqualTo(1);
        assertThat(reads).hasValue(2);
        assertThat(added).containsExactly("default", "mail", "reports");
    }

    @Test
    void aFailingStoreKeepsTheLastValues() {
        AtomicLong nanos = new AtomicLong();
        QueueSnapshot snapshot = new QueueSnapshot(counted, Duration.ofSeconds(1), nanos::get, q -> { });
        kit.docket().enqueue(new Mail(1), o -> o.queue("mail"));
        assertThat(snapshot.count("mail", JobState.AVAILABLE)).isEqualTo(1);

        failing.set(true);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(snapshot.count("mail", JobState.AVAILABLE)).isEqualTo(1);
        assertThat(reads).hasValue(2);
    }

    @Test
    void newQueuesGetGaugesAtTheNextRead() {
        new QueueMetrics(counted, Duration.ZERO).bindTo(registry);
        assertThat(registry.find(DocketMeters.QUEUE_SIZE).tag("queue", "late").gauges()).isEmpty();

        kit.docket().enqueue(new Mail(1), o -> o.queue("late"));
        registry.get(DocketMeters.QUEUE_LATENCY).gauges().forEach(g -> g.value());
        assertThat(size("late", JobState.AVAILABLE)).isEqualTo(1);
    }

    @Test
    void refreshMustNotBeNegative() {
        assertThatThrownBy(() -> new QueueMetrics(counted, Duration.ofSeconds(-1)))
                .hasMessageContaining("must not be negative");
    }

    private double size(String queue, JobState state) {
        return registry.get(DocketMeters.QUEUE_SIZE).tags("queue", queue, "state", state.wireName()).gauge().value();
    }

    private DocketAdmin counting(DocketAdmin real) {
        return (DocketAdmin) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DocketAdmin.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("queues")) {
                        reads.incrementAndGet();
                        if (failing.get()) {
                            throw new StoreException("the store is down");
                        }
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
