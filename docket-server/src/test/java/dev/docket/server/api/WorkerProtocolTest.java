package dev.docket.server.api;

import static dev.docket.server.api.ApiTestBase.INSTANT;
import static dev.docket.server.api.ApiTestBase.JOB_FIELDS;
import static dev.docket.server.api.ApiTestBase.assertError;
import static dev.docket.server.api.ApiTestBase.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.server.support.Await;
import dev.docket.server.support.Http;
import dev.docket.server.support.Http.Answer;
import dev.docket.server.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The external-worker protocol over HTTP: fetch under a lease, complete, fail and heartbeat fenced
 * by the attempt, lease expiry, cancellation, long polls. Each test uses its own queue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WorkerProtocolTest {
    TestServer server;
    Http http;

    abstract TestServer.Kind kind();

    @BeforeAll
    void startServer() {
        server = TestServer.start(kind());
        http = server.http();
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    String enqueue(String queue, String type, String extra) {
        Answer a = http.post("/api/v1/jobs", "{\"type\":\"" + type + "\",\"queue\":\"" + queue + "\"" + extra + "}");
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a.json().path("id").stringValue();
    }

    JsonNode fetchOne(String body) {
        Answer a = http.post("/api/v1/fetch", body);
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.json().path("jobs")).as(a.toString()).hasSize(1);
        return a.json().path("jobs").get(0);
    }

    JsonNode job(String id) {
        return http.get("/api/v1/jobs/" + id).json();
    }

    @Test
    void aFetchedJobCarriesItsLeaseAndCompletesOnce() {
        String queue = unique("wq");
        String id = enqueue(queue, unique("ext"), ",\"args\":{\"n\":7}");
        JsonNode leased = fetchOne("{\"queues\":[\"" + queue + "\"],\"leaseMs\":60000,\"worker\":\"py-1\"}");
        List<String> fields = new ArrayList<>(JOB_FIELDS);
        fields.add("lease");
        assertThat(leased.propertyNames()).containsExactlyElementsOf(fields);
        assertThat(leased.path("id").stringValue()).isEqualTo(id);
        assertThat(leased.path("state").stringValue()).isEqualTo("running");
        assertThat(leased.path("args")).isEqualTo(Http.json("{\"n\":7}"));
        assertThat(leased.path("lease").propertyNames()).containsExactly("attempt", "expiresAt");
        assertThat(leased.path("lease").path("attempt").intValue()).isEqualTo(1);
        assertThat(leased.path("lease").path("expiresAt").stringValue()).matches(INSTANT);
        assertThat(Instant.parse(leased.path("lease").path("expiresAt").stringValue()))
                .isAfter(Instant.now().plusSeconds(30));

        Answer done = http.post("/api/v1/jobs/" + id + "/complete", "{\"attempt\":1,\"result\":{\"ok\":true}}");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().path("state").stringValue()).isEqualTo("succeeded");
        assertThat(done.json().path("result")).isEqualTo(Http.json("{\"ok\":true}"));
        assertError(http.post("/api/v1/jobs/" + id + "/complete", "{\"attempt\":1}"), 409, "stale_attempt", "attempt 1");
        assertThat(http.get("/metrics").body()).containsPattern("docket_jobs_finished_total\\{queue=\"" + queue
                + "\",type=\"[^\"]+\",outcome=\"succeeded\"} 1");
    }

    @Test
    void failuresAreRetriedOrDeadAsAsked() {
        String queue = unique("wf");
        String id = enqueue(queue, unique("ext"), ",\"maxAttempts\":3,\"backoff\":{\"initialMs\":0,\"maxMs\":0}");
        fetchOne("{\"queues\":[\"" + queue + "\"]}");
        Answer failed = http.post("/api/v1/jobs/" + id + "/fail", "{\"attempt\":1,\"error\":\"TimeoutError: upstream\","
                + "\"stack\":\"at worker.py:12\"}");
        assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
        assertThat(failed.json().path("state").stringValue()).isIn("available", "retryable");
        JsonNode error = failed.json().path("errors").get(0);
        assertThat(error.path("message").stringValue()).isEqualTo("TimeoutError: upstream");
        assertThat(error.path("stack").stringValue()).isEqualTo("at worker.py:12");

        JsonNode again = Await.value("attempt 2 is handed out", () -> {
            JsonNode jobs = http.post("/api/v1/fetch", "{\"queues\":[\"" + queue + "\"]}").json().path("jobs");
            return jobs.isEmpty() ? null : jobs.get(0);
        });
        assertThat(again.path("lease").path("attempt").intValue()).isEqualTo(2);
        Answer dead = http.post("/api/v1/jobs/" + id + "/fail", "{\"attempt\":2,\"error\":\"bad input\",\"retry\":false}");
        assertThat(dead.json().path("state").stringValue()).isEqualTo("dead");
        assertThat(dead.json().path("errors")).hasSize(2);
        assertError(http.post("/api/v1/jobs/" + id + "/fail", "{\"attempt\":2,\"error\":\"late\"}"),
                409, "stale_attempt", "dead");
    }

    @Test
    void anAbandonedLeaseExpiresAndTheJobIsHandedOutAgainWithItsAttemptCounted() {
        String queue = unique("wl");
        String id = enqueue(queue, unique("ext"), "");
        JsonNode first = fetchOne("{\"queues\":[\"" + queue + "\"],\"leaseMs\":1000}");
        assertThat(first.path("lease").path("attempt").intValue()).isEqualTo(1);

        Await.until("the expired lease is rescued", Duration.ofSeconds(20),
                () -> job(id).path("state").stringValue().equals("available"));
        JsonNode second = fetchOne("{\"queues\":[\"" + queue + "\"],\"leaseMs\":60000}");
        assertThat(second.path("id").stringValue()).isEqualTo(id);
        assertThat(second.path("attempt").intValue()).isEqualTo(2);
        assertThat(second.path("lease").path("attempt").intValue()).isEqualTo(2);

        assertError(http.post("/api/v1/jobs/" + id + "/complete", "{\"attempt\":1}"), 409, "stale_attempt", "attempt 1");
        assertError(http.post("/api/v1/jobs/" + id + "/fail", "{\"attempt\":1,\"error\":\"x\"}"), 409, "stale_attempt", "attempt 1");
        assertError(http.post("/api/v1/jobs/" + id + "/heartbeat", "{\"attempt\":1}"), 409, "stale_attempt", "attempt 1");
        assertThat(job(id).path("state").stringValue()).isEqualTo("running");
        Answer done = http.post("/api/v1/jobs/" + id + "/complete", "{\"attempt\":2}");
        assertThat(done.json().path("state").stringValue()).isEqualTo("succeeded");
        assertThat(done.json().path("attempt").intValue()).isEqualTo(2);
    }

    @Test
    void aHeartbeatExtendsTheLeaseAndRecordsProgress() {
        String queue = unique("wh");
        String id = enqueue(queue, unique("ext"), "");
        JsonNode leased = fetchOne("{\"queues\":[\"" + queue + "\"],\"leaseMs\":5000}");
        Instant first = Instant.parse(leased.path("lease").path("expiresAt").stringValue());
        Answer beat = http.post("/api/v1/jobs/" + id + "/heartbeat",
                "{\"attempt\":1,\"leaseMs\":120000,\"progress\":{\"done\":3,\"of\":10}}");
        assertThat(beat.status()).as(beat.toString()).isEqualTo(200);
        assertThat(beat.json().propertyNames()).containsExactly("id", "attempt", "expiresAt");
        assertThat(Instant.parse(beat.json().path("expiresAt").stringValue())).isAfter(first.plusSeconds(60));
        assertThat(job(id).path("progress")).isEqualTo(Http.json("{\"done\":3,\"of\":10}"));
    }

    @Test
    void aHeartbeatAfterCancelIs409SoTheWorkerStops() {
        String queue = unique("wc");
        String id = enqueue(queue, unique("ext"), "");
        fetchOne("{\"queues\":[\"" + queue + "\"],\"leaseMs\":60000}");
        Answer cancel = http.post("/api/v1/jobs/" + id + "/cancel", null);
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
        assertError(http.post("/api/v1/jobs/" + id + "/heartbeat", "{\"attempt\":1}"), 409, "cancelled", "stop");
        assertThat(job(id).path("state").stringValue()).isEqualTo("cancelled");
        assertError(http.post("/api/v1/jobs/" + id + "/complete", "{\"attempt\":1}"), 409, "stale_attempt", "cancelled");
    }

    @Test
    void aLongPollReturnsAsSoonAsAJobIsEnqueued() throws Exception {
        String queue = unique("wp");
        long start = System.nanoTime();
        CompletableFuture<Answer> poll = http.postAsync("/api/v1/fetch",
                "{\"queues\":[\"" + queue + "\"],\"waitMs\":30000}");
        String id = enqueue(queue, unique("ext"), "");
        Answer a = poll.get(25, TimeUnit.SECONDS);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("jobs").get(0).path("id").stringValue()).isEqualTo(id);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aFetchWithNothingReadyAnswersAnEmptyList() {
        Answer a = http.post("/api/v1/fetch", "{\"queues\":[\"" + unique("empty") + "\"],\"waitMs\":0}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json()).isEqualTo(Http.json("{\"jobs\":[]}"));
    }

    @Test
    void typesHandledInTheServerAreNotHandedOutUnlessAsked() {
        String queue = unique("wt");
        String id = enqueue(queue, "demo.noop", "");
        assertThat(http.post("/api/v1/fetch", "{\"queues\":[\"" + queue + "\"]}").json().path("jobs")).isEmpty();
        JsonNode leased = fetchOne("{\"queues\":[\"" + queue + "\"],\"types\":[\"demo.noop\"],\"max\":10}");
        assertThat(leased.path("id").stringValue()).isEqualTo(id);
    }

    @Test
    void badWorkerRequestsAre400Or404() {
        assertError(http.post("/api/v1/fetch", "{}"), 400, "invalid_request", "'queues'");
        assertError(http.post("/api/v1/fetch", "{\"queues\":[]}"), 400, "invalid_request", "'queues'");
        assertError(http.post("/api/v1/fetch", "{\"queues\":[\"a b\"]}"), 400, "invalid_request", "queues[0]");
        assertError(http.post("/api/v1/fetch", "{\"queues\":[\"q\"],\"waitMs\":60001}"), 400, "invalid_request", "'waitMs'");
        assertError(http.post("/api/v1/fetch", "{\"queues\":[\"q\"],\"leaseMs\":10}"), 400, "invalid_request", "'leaseMs'");
        assertError(http.post("/api/v1/fetch", "{\"queues\":[\"q\"],\"max\":0}"), 400, "invalid_request", "'max'");
        assertError(http.post("/api/v1/fetch", "{\"queues\":[\"q\"],\"types\":[1]}"), 400, "invalid_request", "types[0]");
        assertError(http.post("/api/v1/fetch", "{\"queues\":[\"q\"],\"lease\":1}"), 400, "invalid_request", "'lease'");
        assertError(http.post("/api/v1/jobs/424242/complete", "{\"attempt\":1}"), 404, "not_found", "424242");
        assertError(http.post("/api/v1/jobs/424242/fail", "{\"attempt\":1,\"error\":\"x\"}"), 404, "not_found", "424242");
        assertError(http.post("/api/v1/jobs/424242/heartbeat", "{\"attempt\":1}"), 404, "not_found", "424242");
        assertError(http.post("/api/v1/jobs/1/complete", "{}"), 400, "invalid_request", "missing field 'attempt'");
        assertError(http.post("/api/v1/jobs/1/complete", "{\"attempt\":0}"), 400, "invalid_request", "'attempt'");
        assertError(http.post("/api/v1/jobs/1/fail", "{\"attempt\":1}"), 400, "invalid_request", "'error'");
        assertError(http.post("/api/v1/jobs/1/fail", "{\"attempt\":1,\"error\":\"x\",\"retry\":\"yes\"}"),
                400, "invalid_request", "'retry'");
        assertError(http.post("/api/v1/jobs/1/heartbeat", "{\"attempt\":1,\"leaseMs\":999999999}"),
                400, "invalid_request", "'leaseMs'");
    }
}
