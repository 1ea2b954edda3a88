package dev.docket.web.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Job;
import dev.docket.JobState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Stored JSON fields are embedded as values, and text that is not JSON cannot break a response. */
class JobJsonTest {
    private static Job job(String args, String result) {
        return new Job("7", "t", "q", 0, JobState.DEAD, args, Map.of(), 1, 20, null, Instant.EPOCH, Instant.EPOCH,
                null, null, List.of(), result, null, null);
    }

    private static JsonNode roundTrip(Job job) {
        return Json.parse(Json.write(JobJson.of(job)).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wellFormedArgumentsAndResultsAreEmbeddedAsJsonValues() {
        JsonNode o = roundTrip(job("{\"n\": [1, 2]}", "42"));

        assertThat(o.get("args").get("n").get(1).asInt()).isEqualTo(2);
        assertThat(o.get("result").asInt()).isEqualTo(42);
    }

    @Test
    void storedTextThatIsNotJsonIsSentAsAStringAndTheResponseStaysReadable() {
        for (String bad : List.of("{not json", "", "{\"n\": 1", "1 2", "\u0001\u001b[31m")) {
            JsonNode o = roundTrip(job(bad, bad));

            assertThat(o.get("args").isString()).as("args %s", bad).isTrue();
            assertThat(o.get("args").asString()).isEqualTo(bad);
            assertThat(o.get("result").asString()).isEqualTo(bad);
            assertThat(o.get("id").asString()).isEqualTo("7");
        }
    }
}
