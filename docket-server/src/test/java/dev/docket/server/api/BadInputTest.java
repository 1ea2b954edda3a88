package dev.docket.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.server.support.Http.Answer;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bad input of every kind is refused with a 4xx naming the problem; it changes nothing and leaves
 * the server healthy.
 */
abstract class BadInputTest extends ApiTestBase {
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
    void actionsTakeNoFields() {
        String id = enqueued("{\"type\":\"" + unique("nofields") + "\"}");
        assertError(http.post("/api/v1/jobs/" + id + "/cancel", "{\"reason\":\"x\"}"), 400, "invalid_request", "'reason'");
        assertError(http.post("/api/v1/jobs/" + id + "/retry", "nope"), 400, "malformed_json", "malformed JSON");
        assertThat(job(id).path("state").stringValue()).isEqualTo("available");
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() {
        assertError(http.get("/api/v1/nothing"), 404, "not_found", "/api/v1/nothing");
        assertError(http.get("/nothing/here"), 404, "not_found", "no such path");
        Answer a = http.send("PUT", "/api/v1/jobs/1", "{}");
        assertError(a, 405, "method_not_allowed", "PUT");
        assertThat(a.header("Allow")).isEqualTo("DELETE, GET");
        assertError(http.get("/api/v1/fetch"), 405, "method_not_allowed", "POST");
        assertError(http.post("/health", "{}"), 405, "method_not_allowed", "GET");
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
