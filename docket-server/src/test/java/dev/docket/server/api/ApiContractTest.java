package dev.docket.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.server.support.Http;
import dev.docket.server.support.Http.Answer;
import dev.docket.server.support.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every route of the HTTP API against a real server over loopback, on a real store. */
abstract class ApiContractTest extends ApiTestBase {
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
    void metricsShowTheJobTablesDeadRowsWhereTheStoreCountsThem() {
        String body = http.get("/metrics").body();
        if (kind() == TestServer.Kind.POSTGRES) {
            assertThat(body).containsPattern("(?m)^# TYPE docket_store_dead_tuples gauge$")
                    .containsPattern("(?m)^docket_store_dead_tuples [0-9]+$");
        } else {
            assertThat(body).doesNotContain("docket_store_dead_tuples");
        }
    }
}
