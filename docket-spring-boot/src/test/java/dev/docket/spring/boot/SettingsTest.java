package dev.docket.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Docket;
import dev.docket.DocketBuilder;
import dev.docket.JobType;
import dev.docket.admin.ProcessView;
import dev.docket.spring.DocketCustomizer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Properties reach the builder; the master switch, the worker switch and user beans are honoured. */
class SettingsTest {

    @Test
    void disabledMeansNoDocketAtAll() {
        Fixtures.runner().withPropertyValues("docket.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(Docket.class).doesNotHaveBean(DocketStore.class)
                        .doesNotHaveBean(DocketProperties.class));
    }

    @Test
    void queuesInBothFormsReachTheProcessRegistry() {
        Fixtures.runner().withPropertyValues("docket.queues.mail=4", "docket.queues.reports.concurrency=2")
                .run(context -> {
                    Docket docket = context.getBean(Docket.class);
                    assertThat(docket.isRunning()).isTrue();
                    Await.until("this process is registered", () -> !docket.admin().processes().isEmpty());
                    ProcessView self = docket.admin().processes().stream()
                            .filter(p -> p.id().equals(docket.processId())).findFirst().orElseThrow();
                    assertThat(self.queues()).isEqualTo(Map.of("mail", 4, "reports", 2));
                });
    }

    @Test
    void aConcurrencyThatIsNotANumberIsRefused() {
        Fixtures.runner().withPropertyValues("docket.queues.mail=lots").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("a queue's concurrency must be a whole number"));
    }

    @Test
    void workerDisabledOnlyEnqueues() {
        Fixtures.runner().withPropertyValues("docket.worker.enabled=false").run(context -> {
            Docket docket = context.getBean(Docket.class);
            assertThat(context.getBean(DocketLifecycle.class).isRunning()).isTrue();
            assertThat(docket.isRunning()).isFalse();
            assertThat(docket.admin().processes()).isEmpty();
            assertThat(docket.enqueue("test.anything", Map.of(), o -> { }).id()).isNotBlank();
        });
    }

    @Test
    void retentionAndTimingsAreBoundAndPassedOn() {
        Fixtures.runner().withPropertyValues("docket.retention.succeeded=1h", "docket.retention.dead=2d",
                "docket.retention.cancelled=3d", "docket.lease=12s", "docket.poll-interval=250ms").run(context -> {
                    DocketProperties p = context.getBean(DocketProperties.class);
                    assertThat(p.getRetention().getSucceeded()).isEqualTo(Duration.ofHours(1));
                    assertThat(p.getRetention().getDead()).isEqualTo(Duration.ofDays(2));
                    assertThat(p.getRetention().getCancelled()).isEqualTo(Duration.ofDays(3));
                    assertThat(p.getLease()).isEqualTo(Duration.ofSeconds(12));
                    assertThat(p.getPollInterval()).isEqualTo(Duration.ofMillis(250));
                    assertThat(context).hasNotFailed();
                });
        Fixtures.runner().withPropertyValues("docket.retention.dead=-1s").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("dead retention must not be negative"));
        Fixtures.runner().withPropertyValues("docket.lease=100ms").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("lease must be at least"));
    }

    @Test
    void dashboardSettingsAreDeclaredForLater() {
        Fixtures.runner().withPropertyValues("docket.dashboard.enabled=true", "docket.dashboard.path=/ops/jobs").run(context -> {
            DocketProperties p = context.getBean(DocketProperties.class);
            assertThat(p.getDashboard().isEnabled()).isTrue();
            assertThat(p.getDashboard().getPath()).isEqualTo("/ops/jobs");
        });
    }

    @Test
    void shutdownGraceDefaultsToAndIsCappedByThePhaseTimeout() {
        DocketProperties p = new DocketProperties();
        MockEnvironment env = new MockEnvironment();
        assertThat(DocketAutoConfiguration.shutdownGrace(p, env)).isEqualTo(Duration.ofSeconds(30));
        env.setProperty("spring.lifecycle.timeout-per-shutdown-phase", "10s");
        assertThat(DocketAutoConfiguration.shutdownGrace(p, env)).isEqualTo(Duration.ofSeconds(10));
        p.getShutdown().setGrace(Duration.ofSeconds(4));
        assertThat(DocketAutoConfiguration.shutdownGrace(p, env)).isEqualTo(Duration.ofSeconds(4));
        p.getShutdown().setGrace(Duration.ofMinutes(2));
        assertThat(DocketAutoConfiguration.shutdownGrace(p, env)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void customizersRunAfterTheProperties() {
        record Ping(int n) {
        }
        DocketCustomizer customizer = (DocketBuilder b) -> b.register(JobType.of("test.ping", Ping.class)).queue("extra", 3);
        Fixtures.runner().withBean(DocketCustomizer.class, () -> customizer).withPropertyValues("docket.queues.extra=1")
                .run(context -> {
                    Docket docket = context.getBean(Docket.class);
                    assertThat(docket.admin().job(docket.enqueue(new Ping(1)).id()).orElseThrow().type()).isEqualTo("test.ping");
                    Await.until("this process is registered", () -> !docket.admin().processes().isEmpty());
                    assertThat(docket.admin().processes().get(0).queues()).containsEntry("extra", 3);
                });
    }

    @Test
    void aDocketBeanOfTheApplicationWins() {
        Fixtures.runner().withBean(Docket.class, () -> Docket.builder().store("memory:").build()).run(context -> {
            assertThat(context).hasSingleBean(Docket.class).doesNotHaveBean(DocketStore.class)
                    .doesNotHaveBean(DocketLifecycle.class).doesNotHaveBean(SpringDocket.class);
        });
    }

    @Test
    void theApplicationsJsonMapperWritesTheArguments() {
        record Signup(String emailAddress) {
        }
        tools.jackson.databind.json.JsonMapper snake = tools.jackson.databind.json.JsonMapper.builder()
                .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.SNAKE_CASE).build();
        Fixtures.runner().withBean(tools.jackson.databind.json.JsonMapper.class, () -> snake).run(context -> {
            Docket docket = context.getBean(Docket.class);
            String id = docket.enqueue("test.signup", new Signup("ada@example.com"), o -> { }).id();
            assertThat(docket.admin().job(id).orElseThrow().argsJson()).contains("email_address");
        });
    }
}
