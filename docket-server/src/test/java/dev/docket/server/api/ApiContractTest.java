package dev.docket.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.server.support.Await;
import dev.docket.server.support.Http;
import dev.docket.server.support.Http.Answer;
import dev.docket.server.support.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Every route of the HTTP API against a real server over loopback, on a real store (one server per
 * store kind; each test uses its own type and queue names so tests do not see each other's jobs).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContractTest {
    static final List<String> JOB_FIELDS = List.of("id", "type", "queue", "priority", "state", "args", "meta",
            "attempt", "maxAttempts", "uniqueKey", "createdAt", "scheduledAt", "startedAt", "finishedAt", "errors",
            "result", "progress");
    static final String INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

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

    /** A name no other test uses. */
    static String unique(String prefix) {
        return prefix + "-" + UNIQUE.incrementAndGet();
    }

    Answer enqueue(String json) {
        return http.post("/api/v1/jobs", json);
    }

    String enqueued(String json) {
        Answer a = enqueue(json);
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a.json().path("id").stringValue();
    }

    JsonNode job(String id) {
        Answer a = http.get("/api/v1/jobs/" + id);
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return a.json();
    }

    JsonNode awaitState(String id, String state) {
        return Await.value("job " + id + " is " + state, () -> {
            JsonNode j = job(id);
            return j.path("state").stringValue().equals(state) ? j : null;
        });
    }

    static void assertError(Answer a, int status, String code, String messagePart) {
        assertThat(a.status()).as(a.toString()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.json().propertyNames()).containsExactly("error", "message");
        assertThat(a.error()).as(a.toString()).isEqualTo(code);
        assertThat(a.message()).as(a.toString()).contains(messagePart);
    }

    @Test
    void enqueueAnswers201WithTheJobObjectInTheContractsFieldOrder() {
        String type = unique("plain");
        Answer a = enqueue("{\"type\":\"" + type + "\",\"args\":{\"to\":\"ada\",\"n\":[1,2.5,null]},\"queue\":\"mail\","
                + "\"priority\":3,\"maxAttempts\":5,\"meta\":{\"tenant\":\"t1\"},\"timeoutMs\":60000,"
                + "\"backoff\":{\"initialMs\":100,\"maxMs\":1000}}");
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        assertThat(a.contentType()).startsWith("application/json");
        JsonNode j = a.json();
        assertThat(j.propertyNames()).containsExactlyElementsOf(JOB_FIELDS);
        assertThat(j.path("id").isString()).isTrue();
        assertThat(j.path("type").stringValue()).isEqualTo(type);
        assertThat(j.path("queue").stringValue()).isEqualTo("mail");
        assertThat(j.path("priority").intValue()).isEqualTo(3);
        assertThat(j.path("state").stringValue()).isEqualTo("available");
        assertThat(j.path("args")).isEqualTo(Http.json("{\"to\":\"ada\",\"n\":[1,2.5,null]}"));
        assertThat(j.path("meta")).isEqualTo(Http.json("{\"tenant\":\"t1\"}"));
        assertThat(j.path("attempt").intValue()).isZero();
        assertThat(j.path("maxAttempts").intValue()).isEqualTo(5);
        assertThat(j.path("uniqueKey").isNull()).isTrue();
        assertThat(j.path("createdAt").stringValue()).matches(INSTANT);
        assertThat(j.path("scheduledAt").stringValue()).matches(INSTANT);
        assertThat(j.path("startedAt").isNull()).isTrue();
        assertThat(j.path("finishedAt").isNull()).isTrue();
        assertThat(j.path("errors").isArray()).isTrue();
        assertThat(j.path("result").isNull()).isTrue();
        assertThat(j.path("progress").isNull()).isTrue();
        assertThat(job(j.path("id").stringValue())).isEqualTo(j);
    }

    @Test
    void enqueueWithoutArgumentsStoresAnEmptyObjectOnTheDefaultQueue() {
        JsonNode j = job(enqueued("{\"type\":\"" + unique("bare") + "\"}"));
        assertThat(j.path("args")).isEqualTo(Http.json("{}"));
        assertThat(j.path("queue").stringValue()).isEqualTo("default");
        assertThat(j.path("priority").intValue()).isZero();
        assertThat(j.path("maxAttempts").intValue()).isEqualTo(20);
    }

    @Test
    void delayedAndFutureJobsAreScheduled() {
        JsonNode delayed = job(enqueued("{\"type\":\"" + unique("later") + "\",\"delayMs\":3600000}"));
        assertThat(delayed.path("state").stringValue()).isEqualTo("scheduled");
        Instant at = Instant.parse("2099-01-02T03:04:05.678Z");
        JsonNode planned = job(enqueued("{\"type\":\"" + unique("later") + "\",\"runAt\":\"2099-01-02T03:04:05.678Z\"}"));
        assertThat(planned.path("state").stringValue()).isEqualTo("scheduled");
        assertThat(Instant.parse(planned.path("scheduledAt").stringValue())).isEqualTo(at);
    }

    @Test
    void aHeldUniqueKeyAnswers200WithTheExistingJobMarkedDuplicate() {
        String type = unique("uniq");
        String body = "{\"type\":\"" + type + "\",\"uniqueKey\":\"order-42\"}";
        Answer first = enqueue(body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().has("duplicate")).isFalse();
        Answer second = enqueue(body);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().path("duplicate").booleanValue()).isTrue();
        assertThat(second.json().path("id")).isEqualTo(first.json().path("id"));
        assertThat(second.json().path("uniqueKey").stringValue()).isEqualTo("order-42");
        assertThat(http.get("/api/v1/jobs?type=" + type).json().path("jobs")).hasSize(1);
    }

    @Test
    void aBatchIsStoredWhole() {
        String type = unique("batch");
        Answer a = http.post("/api/v1/jobs/batch", "{\"jobs\":[{\"type\":\"" + type + "\",\"args\":{\"i\":0}},"
                + "{\"type\":\"" + type + "\",\"args\":{\"i\":1},\"uniqueKey\":\"k\"},"
                + "{\"type\":\"" + type + "\",\"args\":{\"i\":2},\"uniqueKey\":\"k\"}]}");
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        JsonNode jobs = a.json().path("jobs");
        assertThat(jobs).hasSize(3);
        assertThat(jobs.get(0).path("args").path("i").intValue()).isZero();
        assertThat(jobs.get(1).propertyNames()).containsExactlyElementsOf(JOB_FIELDS);
        assertThat(jobs.get(2).path("duplicate").booleanValue()).isTrue();
        assertThat(jobs.get(2).path("id")).isEqualTo(jobs.get(1).path("id"));
        assertThat(http.get("/api/v1/jobs?type=" + type).json().path("jobs")).hasSize(2);
    }

    @Test
    void aBatchWithOneBadJobStoresNothingAndNamesIt() {
        String type = unique("batchbad");
        Answer a = http.post("/api/v1/jobs/batch", "{\"jobs\":[{\"type\":\"" + type + "\"},{\"type\":\"" + type
                + "\"},{\"type\":\"" + type + "\",\"priority\":12}]}");
        assertError(a, 400, "invalid_request", "jobs[2].priority");
        assertThat(http.get("/api/v1/jobs?type=" + type).json().path("jobs")).isEmpty();
        assertError(http.post("/api/v1/jobs/batch", "{\"jobs\":[]}"), 400, "invalid_request", "'jobs'");
        assertError(http.post("/api/v1/jobs/batch", "{}"), 400, "invalid_request", "missing field 'jobs'");
        assertError(http.post("/api/v1/jobs/batch", "{\"jobs\":[{\"type\":\"" + type + "\",\"nope\":1}]}"),
                400, "invalid_request", "jobs[0].nope");
    }

    @Test
    void unknownAndMalformedJobIdsAre404() {
        for (String id : List.of("999999999", "abc", "0", "-1", "99999999999999999999999", "1%2F2", "%20")) {
            assertError(http.get("/api/v1/jobs/" + id), 404, "not_found", "no job");
            assertError(http.post("/api/v1/jobs/" + id + "/retry", null), 404, "not_found", "no job");
            assertError(http.post("/api/v1/jobs/" + id + "/cancel", null), 404, "not_found", "no job");
            assertError(http.delete("/api/v1/jobs/" + id), 404, "not_found", "no job");
        }
    }

    @Test
    void listingFiltersAndPagesNewestFirst() {
        String type = unique("page");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(enqueued("{\"type\":\"" + type + "\",\"queue\":\"pages\",\"args\":{\"i\":" + i + "}}"));
        }
        enqueued("{\"type\":\"" + type + "\",\"queue\":\"other-pages\"}");
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Answer a = http.get("/api/v1/jobs?type=" + type + "&queue=pages&state=available&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(a.status()).as(a.toString()).isEqualTo(200);
            assertThat(a.json().propertyNames()).containsExactly("jobs", "nextCursor");
            a.json().path("jobs").forEach(j -> seen.add(j.path("id").stringValue()));
            cursor = a.json().path("nextCursor").isNull() ? null : a.json().path("nextCursor").stringValue();
            pages++;
        } while (cursor != null && pages < 10);
        List<String> newestFirst = new ArrayList<>(ids);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        assertThat(http.get("/api/v1/jobs?type=" + type + "&state=available,scheduled").json().path("jobs")).hasSize(6);
        assertThat(http.get("/api/v1/jobs?type=" + type + "&state=succeeded").json().path("jobs")).isEmpty();
        assertThat(http.get("/api/v1/jobs?type=" + type + "&limit=1000").status()).isEqualTo(200);
    }

    @Test
    void badListParametersAre400NamingTheParameter() {
        assertError(http.get("/api/v1/jobs?limit=0"), 400, "invalid_request", "'limit'");
        assertError(http.get("/api/v1/jobs?limit=1001"), 400, "invalid_request", "'limit'");
        assertError(http.get("/api/v1/jobs?limit=ten"), 400, "invalid_request", "'limit'");
        assertError(http.get("/api/v1/jobs?limit=99999999999"), 400, "invalid_request", "'limit'");
        assertError(http.get("/api/v1/jobs?state=finished"), 400, "invalid_request", "'state'");
        assertError(http.get("/api/v1/jobs?cursor=abc"), 400, "invalid_request", "'cursor'");
        assertError(http.get("/api/v1/jobs?queue=has%20space"), 400, "invalid_request", "'queue'");
        assertError(http.get("/api/v1/jobs?type=%22quoted%22"), 400, "invalid_request", "'type'");
        assertError(http.get("/api/v1/jobs?status=dead"), 400, "invalid_request", "'status'");
        assertError(http.get("/api/v1/jobs?limit=1&limit=2"), 400, "invalid_request", "'limit'");
        assertError(http.get("/api/v1/queues?x=1"), 400, "invalid_request", "'x'");
    }

    @Test
    void cancelRetryAndDeleteFollowTheStateMachine() {
        String id = enqueued("{\"type\":\"" + unique("ops") + "\",\"queue\":\"ops\"}");
        Answer cancelled = http.post("/api/v1/jobs/" + id + "/cancel", null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().path("state").stringValue()).isEqualTo("cancelled");
        assertError(http.post("/api/v1/jobs/" + id + "/cancel", null), 409, "conflict", "already cancelled");

        Answer retried = http.post("/api/v1/jobs/" + id + "/retry", "{}");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().path("state").stringValue()).isEqualTo("available");
        assertThat(retried.json().propertyNames()).containsExactlyElementsOf(JOB_FIELDS);

        Answer deleted = http.delete("/api/v1/jobs/" + id);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.json()).isEqualTo(Http.json("{\"id\":\"" + id + "\",\"deleted\":true}"));
        assertError(http.get("/api/v1/jobs/" + id), 404, "not_found", id);
    }

    @Test
    void refusedOperatorActionsAre409AndChangeNothing() {
        String done = enqueued("{\"type\":\"demo.noop\"}");
        JsonNode succeeded = awaitState(done, "succeeded");
        assertError(http.post("/api/v1/jobs/" + done + "/retry", null), 409, "conflict", "succeeded");
        assertError(http.post("/api/v1/jobs/" + done + "/cancel", null), 409, "conflict", "succeeded");
        assertThat(job(done)).isEqualTo(succeeded);

        String queue = unique("held");
        String running = enqueued("{\"type\":\"" + unique("held") + "\",\"queue\":\"" + queue + "\"}");
        Answer fetched = http.post("/api/v1/fetch", "{\"queues\":[\"" + queue + "\"]}");
        assertThat(fetched.json().path("jobs")).hasSize(1);
        assertError(http.delete("/api/v1/jobs/" + running), 409, "conflict", "running");
        assertThat(job(running).path("state").stringValue()).isEqualTo("running");
    }

    @Test
    void actionsTakeNoFields() {
        String id = enqueued("{\"type\":\"" + unique("nofields") + "\"}");
        assertError(http.post("/api/v1/jobs/" + id + "/cancel", "{\"reason\":\"x\"}"), 400, "invalid_request", "'reason'");
        assertError(http.post("/api/v1/jobs/" + id + "/retry", "nope"), 400, "malformed_json", "malformed JSON");
        assertThat(job(id).path("state").stringValue()).isEqualTo("available");
    }

    @Test
    void queuesArePausedAndResumedClusterWide() {
        String queue = unique("pq");
        enqueued("{\"type\":\"" + unique("pq") + "\",\"queue\":\"" + queue + "\"}");
        Answer paused = http.post("/api/v1/queues/" + queue + "/pause", null);
        assertThat(paused.status()).as(paused.toString()).isEqualTo(200);
        assertThat(paused.json().path("name").stringValue()).isEqualTo(queue);
        assertThat(paused.json().path("paused").booleanValue()).isTrue();
        assertThat(paused.json().path("counts").path("available").longValue()).isEqualTo(1);
        assertThat(http.post("/api/v1/fetch", "{\"queues\":[\"" + queue + "\"]}").json().path("jobs")).isEmpty();

        JsonNode listed = null;
        for (JsonNode q : http.get("/api/v1/queues").json().path("queues")) {
            if (q.path("name").stringValue().equals(queue)) {
                listed = q;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.propertyNames()).startsWith("name", "paused", "counts");
        assertThat(listed.path("counts").propertyNames()).containsExactly("scheduled", "available", "running",
                "retryable", "succeeded", "dead", "cancelled");
        assertThat(listed.path("paused").booleanValue()).isTrue();

        Answer resumed = http.post("/api/v1/queues/" + queue + "/resume", null);
        assertThat(resumed.json().path("paused").booleanValue()).isFalse();
        assertThat(http.post("/api/v1/fetch", "{\"queues\":[\"" + queue + "\"]}").json().path("jobs")).hasSize(1);

        assertError(http.post("/api/v1/queues/bad%20name/pause", null), 400, "invalid_request", "'name'");
    }

    @Test
    void statsCountEveryState() {
        Answer a = http.get("/api/v1/stats");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().propertyNames()).startsWith("counts", "processedLastMinute");
        assertThat(a.json().path("counts").propertyNames()).containsExactly("scheduled", "available", "running",
                "retryable", "succeeded", "dead", "cancelled");
        assertThat(a.json().path("processes").intValue()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void demoEchoSucceedsWithItsArgumentsAsResult() {
        String id = enqueued("{\"type\":\"demo.echo\",\"args\":{\"hello\":\"world\",\"n\":[1,2]}}");
        JsonNode done = awaitState(id, "succeeded");
        assertThat(done.path("result")).isEqualTo(Http.json("{\"hello\":\"world\",\"n\":[1,2]}"));
        assertThat(done.path("attempt").intValue()).isEqualTo(1);
        assertThat(done.path("startedAt").stringValue()).matches(INSTANT);
        assertThat(done.path("finishedAt").stringValue()).matches(INSTANT);
    }

    @Test
    void demoFailRetriesThenSucceedsKeepingEachError() {
        String id = enqueued("{\"type\":\"demo.fail\",\"args\":{\"times\":1,\"message\":\"boom\"},"
                + "\"backoff\":{\"initialMs\":0,\"maxMs\":0}}");
        JsonNode done = awaitState(id, "succeeded");
        assertThat(done.path("attempt").intValue()).isEqualTo(2);
        JsonNode error = done.path("errors").get(0);
        assertThat(error.propertyNames()).containsExactly("attempt", "at", "message", "stack");
        assertThat(error.path("attempt").intValue()).isEqualTo(1);
        assertThat(error.path("message").stringValue()).contains("boom");
        assertThat(error.path("at").stringValue()).matches(INSTANT);
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() {
        assertError(http.get("/api/v1/nothing"), 404, "not_found", "/api/v1/nothing");
        assertError(http.get("/"), 404, "not_found", "no such path");
        Answer a = http.send("PUT", "/api/v1/jobs/1", "{}");
        assertError(a, 405, "method_not_allowed", "PUT");
        assertThat(a.header("Allow")).isEqualTo("DELETE, GET");
        assertError(http.get("/api/v1/fetch"), 405, "method_not_allowed", "POST");
        assertError(http.post("/health", "{}"), 405, "method_not_allowed", "GET");
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        Answer health = http.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).isEqualTo(Http.json("{\"status\":\"up\"}"));

        String id = enqueued("{\"type\":\"demo.noop\",\"queue\":\"default\"}");
        awaitState(id, "succeeded");
        Answer metrics = http.get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw().headers().firstValue("Content-Type").orElse(""))
                .isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(metrics.body())
                .containsPattern("(?m)^docket_jobs_enqueued_total\\{queue=\"default\",type=\"demo.noop\"} [1-9]")
                .containsPattern("(?m)^docket_jobs_finished_total\\{queue=\"default\",type=\"demo.noop\",outcome=\"succeeded\"} [1-9]")
                .containsPattern("(?m)^docket_job_duration_seconds_count\\{queue=\"default\",type=\"demo.noop\"} [1-9]")
                .contains("docket_job_duration_seconds_bucket{queue=\"default\",type=\"demo.noop\",le=\"+Inf\"}")
                .contains("docket_queue_jobs{queue=\"default\",state=\"succeeded\"}")
                .contains("docket_queue_latency_seconds{queue=\"default\"}")
                .doesNotContain("id=\"" + id + "\"");

        Answer openApi = http.get("/api/v1/openapi.json");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().path("openapi").stringValue()).startsWith("3.");
    }

    @Test
    void argumentsKeepEveryDigit() {
        String args = "{\"huge\":1E+999999,\"precise\":12345678901234567890.123456789,\"big\":123456789012345678901234567890}";
        JsonNode j = job(enqueued("{\"type\":\"" + unique("digits") + "\",\"args\":" + args + "}"));
        assertThat(j.path("args").toString()).isEqualTo(args);
    }

    @Test
    void everyBadEnqueueIs400NamingTheProblemAndStoresNothing() {
        String type = unique("bad");
        String t = "\"type\":\"" + type + "\"";
        assertError(enqueue("{\"type\":"), 400, "malformed_json", "malformed JSON");
        assertError(enqueue("not json"), 400, "malformed_json", "malformed JSON");
        assertError(enqueue(""), 400, "malformed_json", "empty");
        assertError(enqueue("{" + t + "} {}"), 400, "malformed_json", "malformed JSON");
        assertError(enqueue("{" + t + "," + t + "}"), 400, "malformed_json", "type");
        assertError(enqueue("[]"), 400, "invalid_request", "JSON object");
        assertError(enqueue("{}"), 400, "invalid_request", "missing field 'type'");
        assertError(enqueue("{" + t + ",\"bogus\":1}"), 400, "invalid_request", "unknown field 'bogus'");
        assertError(enqueue("{\"type\":42}"), 400, "invalid_request", "'type'");
        assertError(enqueue("{\"type\":\"com.example.Evil; rm -rf\"}"), 400, "invalid_request", "'type'");
        assertError(enqueue("{\"type\":\"\"}"), 400, "invalid_request", "'type'");
        assertError(enqueue("{" + t + ",\"queue\":\"no spaces\"}"), 400, "invalid_request", "'queue'");
        assertError(enqueue("{" + t + ",\"priority\":\"high\"}"), 400, "invalid_request", "'priority'");
        assertError(enqueue("{" + t + ",\"priority\":10}"), 400, "invalid_request", "'priority'");
        assertError(enqueue("{" + t + ",\"priority\":-1}"), 400, "invalid_request", "'priority'");
        assertError(enqueue("{" + t + ",\"priority\":1.5}"), 400, "invalid_request", "'priority'");
        assertError(enqueue("{" + t + ",\"runAt\":\"2030-01-01T00:00:00Z\",\"delayMs\":5}"),
                400, "invalid_request", "'runAt' or 'delayMs'");
        assertError(enqueue("{" + t + ",\"runAt\":\"tomorrow\"}"), 400, "invalid_request", "'runAt'");
        assertError(enqueue("{" + t + ",\"delayMs\":-5}"), 400, "invalid_request", "'delayMs'");
        assertError(enqueue("{" + t + ",\"maxAttempts\":0}"), 400, "invalid_request", "'maxAttempts'");
        assertError(enqueue("{" + t + ",\"maxAttempts\":1001}"), 400, "invalid_request", "'maxAttempts'");
        assertError(enqueue("{" + t + ",\"timeoutMs\":0}"), 400, "invalid_request", "'timeoutMs'");
        assertError(enqueue("{" + t + ",\"backoff\":{\"initialMs\":10}}"), 400, "invalid_request", "'backoff.maxMs'");
        assertError(enqueue("{" + t + ",\"backoff\":{\"initialMs\":10,\"maxMs\":5}}"), 400, "invalid_request", "backoff.maxMs");
        assertError(enqueue("{" + t + ",\"backoff\":{\"initialMs\":1,\"maxMs\":2,\"x\":3}}"), 400, "invalid_request", "'backoff.x'");
        assertError(enqueue("{" + t + ",\"uniqueKey\":\"\"}"), 400, "invalid_request", "'uniqueKey'");
        assertError(enqueue("{" + t + ",\"uniqueKey\":\"" + "k".repeat(256) + "\"}"), 400, "invalid_request", "'uniqueKey'");
        assertError(enqueue("{" + t + ",\"meta\":{\"n\":1}}"), 400, "invalid_request", "'meta.n'");
        assertError(enqueue("{" + t + ",\"meta\":[]}"), 400, "invalid_request", "'meta'");
        assertThat(http.get("/api/v1/jobs?type=" + type).json().path("jobs")).isEmpty();
    }

    @Test
    void hostileInputLeavesTheServerHealthyAndStoredJobsIntact() {
        String id = enqueued("{\"type\":\"" + unique("keep") + "\",\"args\":{\"v\":1}}");
        JsonNode before = job(id);
        String deep = "[".repeat(5000) + "]".repeat(5000);
        List<Answer> answers = List.of(
                enqueue("{\"type\":\"x\",\"args\":" + deep + "}"),
                enqueue("{\"type\":\"x\",\"args\":\"\\u0000\\ud800\"" ),
                enqueue("\u0000\u0001\u0002"),
                enqueue("{\"type\":\"x\",\"priority\":99999999999999999999999999}"),
                http.post("/api/v1/jobs/" + id + "/retry", "{\"__proto__\":{}}"),
                http.post("/api/v1/jobs/" + id + "/complete", "{\"attempt\":\"1\"}"),
                http.delete("/api/v1/jobs/" + id + "x"),
                http.send("PATCH", "/api/v1/jobs/" + id, "{\"state\":\"succeeded\"}"),
                http.get("/api/v1/jobs?limit=-1&cursor=%00"),
                http.get("/api/v1/../../etc/passwd"),
                http.post("/api/v1/fetch", "{\"queues\":\"default\"}"));
        for (Answer a : answers) {
            assertThat(a.status()).as(a.toString()).isBetween(400, 499);
            assertThat(a.json()).as(a.toString()).isNotNull();
            assertThat(a.error()).isNotBlank();
            assertThat(a.message()).isNotBlank();
        }
        assertThat(http.get("/health").status()).isEqualTo(200);
        assertThat(job(id)).isEqualTo(before);
        assertThat(enqueue("{\"type\":\"" + unique("after") + "\"}").status()).isEqualTo(201);
    }
}
