package dev.docket.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Docket;
import dev.docket.Job;
import dev.docket.JobState;
import dev.docket.TypeOptions;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The http type registered on a real Docket (in-memory store), delivering to a local server. */
class DocketEndToEndTest {
    private TestServer server;
    private Docket docket;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        if (docket != null) {
            docket.close(Duration.ofSeconds(5));
        }
        server.close();
    }

    @Test
    void aDeliveredJobSucceedsWithTheResponseAsItsResult() {
        docket = start(true);
        server.answer("/hook", 200, "thanks", "Content-Type", "text/plain");
        String id = enqueue(Map.of("url", server.url("/hook"), "body", Map.of("event", "paid")));
        Job job = awaitState(id, JobState.SUCCEEDED);
        assertThat(job.attempt()).isEqualTo(1);
        assertThat(job.maxAttempts()).isEqualTo(HttpJobs.MAX_ATTEMPTS);
        assertThat(job.resultJson()).contains("\"status\":200").contains("\"body\":\"thanks\"")
                .contains("\"content-type\":\"text/plain\"");
        assertThat(server.received().get(0).body()).isEqualTo("{\"event\":\"paid\"}");
    }

    @Test
    void aNotFoundTargetIsDeadOnTheFirstAttempt() {
        docket = start(true);
        server.answer("/gone", 404, "unknown hook");
        String id = enqueue(Map.of("url", server.url("/gone")));
        Job job = awaitState(id, JobState.DEAD);
        assertThat(job.attempt()).isEqualTo(1);
        assertThat(job.errors()).hasSize(1);
        assertThat(job.errors().get(0).message()).contains("HTTP 404").contains("unknown hook");
    }

    @Test
    void aServerErrorIsScheduledForRetryWithTheTypeOptions() {
        docket = start(true, t -> t.maxAttempts(3));
        server.answer("/down", 503, "maintenance");
        String id = enqueue(Map.of("url", server.url("/down")));
        Job job = awaitState(id, JobState.RETRYABLE);
        assertThat(job.attempt()).isEqualTo(1);
        assertThat(job.maxAttempts()).isEqualTo(3);
        assertThat(job.errors().get(0).message()).contains("HTTP 503").contains("maintenance");
        assertThat(job.scheduledAt()).isAfter(job.errors().get(0).at().plusSeconds(5));
    }

    @Test
    void aRefusedDestinationIsDeadAndNeverContacted() throws Exception {
        docket = start(false);
        try (CanaryListener canary = CanaryListener.onLoopback()) {
            String id = enqueue(Map.of("url", "http://127.0.0.1:" + canary.port() + "/"));
            Job job = awaitState(id, JobState.DEAD);
            assertThat(job.attempt()).isEqualTo(1);
            assertThat(job.errors().get(0).message()).contains("refused destination 127.0.0.1")
                    .contains("--allow-private-http");
            assertThat(canary.connections()).isZero();
        }
    }

    @Test
    void cancellingARunningDeliveryStopsIt() {
        docket = start(true);
        server.hang("/hang");
        String id = enqueue(Map.of("url", server.url("/hang"), "timeoutMs", 120_000));
        Await.until("the request arrived", () -> server.count("/hang") == 1);
        docket.admin().cancel(id);
        Job job = awaitState(id, JobState.CANCELLED);
        assertThat(job.attempt()).isEqualTo(1);
    }

    private Docket start(boolean allowPrivate) {
        return start(allowPrivate, t -> { });
    }

    private Docket start(boolean allowPrivate, Consumer<TypeOptions> typeOptions) {
        return HttpJobs.register(Docket.builder().store("memory:").pollInterval(Duration.ofMillis(20)),
                new HttpJobOptions().allowPrivateDestinations(allowPrivate), typeOptions).build().start();
    }

    private String enqueue(Map<String, Object> args) {
        return docket.enqueue(HttpJobs.TYPE, args, o -> { }).id();
    }

    private Job awaitState(String id, JobState state) {
        Job[] last = new Job[1];
        Await.until("job " + id + " is " + state, () -> {
            last[0] = docket.admin().job(id).orElseThrow();
            return last[0].state() == state;
        });
        return last[0];
    }
}
