package dev.docket.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.admin.DocketAdmin;
import dev.docket.admin.Health;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A store that hangs reads as degraded within the timeout; checks never pile up. */
class HealthProbeTest {
    @Test
    void aHangingStoreIsDegradedAtOnceAndUpWhenItAnswers() throws Exception {
        CountDownLatch answer = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        DocketAdmin admin = (DocketAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DocketAdmin.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("health")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    calls.incrementAndGet();
                    answer.await();
                    return new Health(true, "test store", null);
                });
        try (HealthProbe probe = new HealthProbe(admin, Duration.ofMillis(200))) {
            for (int i = 0; i < 3; i++) {
                Health h = probe.check();
                assertThat(h.up()).isFalse();
                assertThat(h.detail()).contains("did not answer within 200 ms");
            }
            assertThat(calls.get()).as("one check in flight, shared").isEqualTo(1);
            answer.countDown();
            Health up = probe.check();
            assertThat(up.up()).isTrue();
            assertThat(up.store()).isEqualTo("test store");
        }
    }
}
