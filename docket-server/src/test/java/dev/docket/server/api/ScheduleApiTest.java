package dev.docket.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.server.support.Await;
import dev.docket.server.support.Http;
import dev.docket.server.support.Http.Answer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The schedule routes over real HTTP, on a real store. */
abstract class ScheduleApiTest extends ApiTestBase {

    private Answer put(String name, String body) {
        return http.send("PUT", "/api/v1/schedules/" + name, body);
    }

    @Test
    void putCreatesAScheduleWithItsNextRuns() {
        String name = unique("nightly");
        Answer a = put(name, "{\"cron\":\"30 2 * * *\",\"timezone\":\"Europe/Berlin\",\"job\":{\"type\":\"reports.build\","
                + "\"args\":{\"kind\":\"daily\"},\"queue\":\"reports\",\"priority\":2,\"meta\":{\"team\":\"fin\"}},"
                + "\"overlap\":\"skip\",\"catchUp\":\"all\"}");
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        JsonNode s = a.json();
        assertThat(s.path("name").stringValue()).isEqualTo(name);
        assertThat(s.path("cron").stringValue()).isEqualTo("30 2 * * *");
        assertThat(s.path("timezone").stringValue()).isEqualTo("Europe/Berlin");
        assertThat(s.path("job").path("args")).isEqualTo(Http.json("{\"kind\":\"daily\"}"));
        assertThat(s.path("job").path("queue").stringValue()).isEqualTo("reports");
        assertThat(s.path("overlap").stringValue()).isEqualTo("skip");
        assertThat(s.path("catchUp").stringValue()).isEqualTo("all");
        assertThat(s.path("paused").booleanValue()).isFalse();
        assertThat(s.path("lastRun").isNull()).isTrue();
        List<Instant> next = new ArrayList<>();
        s.path("nextRuns").forEach(n -> next.add(Instant.parse(n.stringValue())));
        assertThat(next).hasSize(5).isSorted().doesNotHaveDuplicates();
        assertThat(next.get(0)).isAfter(Instant.now());

        assertThat(http.get("/api/v1/schedules/" + name).json()).isEqualTo(s);
        assertThat(http.get("/api/v1/schedules").json().path("schedules").findValuesAsString("name")).contains(name);
    }

    @Test
    void aScheduleFiresJobsThatCarryItsNameAndTick() {
        String name = unique("often");
        String type = unique("tick");
        assertThat(put(name, "{\"everyMs\":500,\"job\":{\"type\":\"" + type + "\"}}").status()).isEqualTo(200);
        JsonNode job = Await.value("a job from the schedule", () -> {
            JsonNode jobs = http.get("/api/v1/jobs?type=" + type).json().path("jobs");
            return jobs.isEmpty() ? null : jobs.get(0);
        });
        assertThat(job.path("meta").path("schedule").stringValue()).isEqualTo(name);
        assertThat(Instant.parse(job.path("meta").path("tick").stringValue())).isBefore(Instant.now().plusSeconds(1));
        Await.until("the schedule shows its last run", () -> !http.get("/api/v1/schedules/" + name).json()
                .path("lastRun").isNull());
        http.delete("/api/v1/schedules/" + name);
    }

    @Test
    void pauseResumeTriggerAndDelete() {
        String name = unique("ops");
        String type = unique("manual");
        put(name, "{\"cron\":\"0 0 1 1 *\",\"job\":{\"type\":\"" + type + "\",\"args\":{\"n\":1}}}");
        Answer paused = http.post("/api/v1/schedules/" + name + "/pause", "");
        assertThat(paused.status()).as(paused.toString()).isEqualTo(200);
        assertThat(paused.json().path("paused").booleanValue()).isTrue();
        assertThat(paused.json().path("nextRuns")).isEmpty();
        Answer resumed = http.post("/api/v1/schedules/" + name + "/resume", "");
        assertThat(resumed.json().path("paused").booleanValue()).isFalse();
        assertThat(resumed.json().path("nextRuns")).hasSize(5);

        Answer trigger = http.post("/api/v1/schedules/" + name + "/trigger", "");
        assertThat(trigger.status()).as(trigger.toString()).isEqualTo(201);
        assertThat(trigger.json().path("type").stringValue()).isEqualTo(type);
        assertThat(trigger.json().path("args")).isEqualTo(Http.json("{\"n\":1}"));
        assertThat(trigger.json().path("meta").path("trigger").stringValue()).isEqualTo("manual");
        assertThat(trigger.json().path("meta").path("schedule").stringValue()).isEqualTo(name);

        Answer deleted = http.delete("/api/v1/schedules/" + name);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("deleted").booleanValue()).isTrue();
        assertError(http.get("/api/v1/schedules/" + name), 404, "not_found", name);
        assertThat(job(trigger.json().path("id").stringValue()).path("type").stringValue()).as("its jobs stay").isEqualTo(type);
    }

    @Test
    void redefiningKeepsOneScheduleAndChangesIt() {
        String name = unique("redef");
        put(name, "{\"cron\":\"0 * * * *\",\"job\":{\"type\":\"a\"}}");
        Answer b = put(name, "{\"everyMs\":60000,\"job\":{\"type\":\"b\"},\"paused\":true}");
        assertThat(b.json().path("everyMs").longValue()).isEqualTo(60000);
        assertThat(b.json().has("cron")).isFalse();
        assertThat(b.json().path("job").path("type").stringValue()).isEqualTo("b");
        assertThat(b.json().path("paused").booleanValue()).isTrue();
        long same = 0;
        for (JsonNode s : http.get("/api/v1/schedules").json().path("schedules")) {
            if (s.path("name").stringValue().equals(name)) {
                same++;
            }
        }
        assertThat(same).isEqualTo(1);
    }

    @Test
    void badDefinitionsAreRefusedNamingTheField() {
        String name = unique("bad");
        assertError(put(name, "{\"cron\":\"61 * * * *\",\"job\":{\"type\":\"t\"}}"), 400, "invalid_request", "minute");
        assertError(put(name, "{\"cron\":\"* * * *\",\"job\":{\"type\":\"t\"}}"), 400, "invalid_request", "'cron'");
        assertError(put(name, "{\"cron\":\"* * * * *\",\"everyMs\":1000,\"job\":{\"type\":\"t\"}}"), 400, "invalid_request",
                "exactly one of 'cron' and 'everyMs'");
        assertError(put(name, "{\"job\":{\"type\":\"t\"}}"), 400, "invalid_request", "exactly one");
        assertError(put(name, "{\"everyMs\":5,\"job\":{\"type\":\"t\"}}"), 400, "invalid_request", "everyMs");
        assertError(put(name, "{\"everyMs\":1000}"), 400, "invalid_request", "missing field 'job'");
        assertError(put(name, "{\"everyMs\":1000,\"job\":{}}"), 400, "invalid_request", "job.type");
        assertError(put(name, "{\"everyMs\":1000,\"job\":{\"type\":\"t\",\"runAt\":\"2030-01-01T00:00:00Z\"}}"), 400,
                "invalid_request", "job.runAt");
        assertError(put(name, "{\"everyMs\":1000,\"job\":{\"type\":\"t\"},\"timezone\":\"Mars/Olympus\"}"), 400,
                "invalid_request", "timezone");
        assertError(put(name, "{\"everyMs\":1000,\"job\":{\"type\":\"t\"},\"overlap\":\"sometimes\"}"), 400,
                "invalid_request", "overlap");
        assertError(put(name, "{\"everyMs\":1000,\"job\":{\"type\":\"t\"},\"catchUp\":\"most\"}"), 400,
                "invalid_request", "catchUp");
        assertError(put(name, "{\"everyMs\":1000,\"job\":{\"type\":\"t\"},\"when\":1}"), 400, "invalid_request",
                "unknown field 'when'");
        assertError(put("bad%20name!", "{\"everyMs\":1000,\"job\":{\"type\":\"t\"}}"), 400, "invalid_request", "name");
        assertError(put(name, "{oops"), 400, "malformed_json", "");
        assertError(http.get("/api/v1/schedules/" + name), 404, "not_found", name);
    }

    @Test
    void unknownSchedulesAre404() {
        String name = unique("ghost");
        assertError(http.post("/api/v1/schedules/" + name + "/pause", ""), 404, "not_found", name);
        assertError(http.post("/api/v1/schedules/" + name + "/trigger", ""), 404, "not_found", name);
        assertError(http.delete("/api/v1/schedules/" + name), 404, "not_found", name);
    }
}
