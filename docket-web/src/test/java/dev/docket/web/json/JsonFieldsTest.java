package dev.docket.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {
    private static JsonFields fields(String json, String where) {
        return JsonFields.of(Json.parse(json.getBytes(StandardCharsets.UTF_8)), where, List.of("a", "b", "c"));
    }

    @Test
    void messagesNameTheFieldWithItsPath() {
        assertThatThrownBy(() -> fields("{\"z\":1}", "jobs[3]")).isInstanceOf(ApiException.class)
                .hasMessageContaining("unknown field 'jobs[3].z'").hasMessageContaining("a, b, c");
        assertThatThrownBy(() -> fields("{\"a\":\"x\"}", "").integer("a", 0, 9)).hasMessageContaining("field 'a'");
        assertThatThrownBy(() -> fields("{\"a\":12}", "jobs[0]").integer("a", 0, 9))
                .hasMessageContaining("'jobs[0].a' must be from 0 to 9, was 12");
        assertThatThrownBy(() -> fields("{}", "").requiredString("b")).hasMessageContaining("missing field 'b'");
        assertThatThrownBy(() -> fields("{\"c\":[\"ok\",2]}", "").strings("c", 5, s -> s)).hasMessageContaining("'c[1]'");
        assertThatThrownBy(() -> fields("{\"a\":\"2030\"}", "").instant("a")).hasMessageContaining("ISO-8601");
    }

    @Test
    void nullCountsAsAbsent() {
        JsonFields f = fields("{\"a\":null,\"b\":true}", "");
        assertThat(f.has("a")).isFalse();
        assertThat(f.integer("a", 0, 9, 4)).isEqualTo(4);
        assertThat(f.bool("b", false)).isTrue();
    }

    @Test
    void strictParsing() {
        assertThatThrownBy(() -> Json.parse("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ApiException.class).hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> Json.parse("{} []".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> Json.parse("{/*c*/}".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> Json.parse(new byte[0])).hasMessageContaining("empty");
        assertThat(Json.write(Json.parse("[0.1,1E+400]".getBytes(StandardCharsets.UTF_8)))).isEqualTo("[0.1,1E+400]");
    }

    @Test
    void instantsAlwaysCarryMilliseconds() {
        assertThat(Instants.format(java.time.Instant.parse("2026-11-28T10:15:30Z"))).isEqualTo("2026-11-28T10:15:30.000Z");
        assertThat(Instants.format(java.time.Instant.parse("2026-11-28T10:15:30.123456Z"))).isEqualTo("2026-11-28T10:15:30.123Z");
        assertThat(Instants.format(null)).isNull();
    }
}
