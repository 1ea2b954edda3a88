package dev.docket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JacksonJsonCodecTest {
    record Welcome(long userId, Instant at) {
    }

    private final JsonCodec json = JacksonJsonCodec.create();

    @Test
    void writesAndReadsRecordsWithIsoTimes() {
        String text = json.encode(new Welcome(42, Instant.parse("2026-11-28T10:15:30Z")));
        assertThat(text).contains("\"userId\":42").contains("2026-11-28T10:15:30Z").doesNotContain("@class");
        assertThat(json.decode(text, Welcome.class)).isEqualTo(new Welcome(42, Instant.parse("2026-11-28T10:15:30Z")));
    }

    @Test
    void ignoresUnknownPropertiesSoProducersMayAddFields() {
        assertThat(json.decode("{\"userId\":7,\"extra\":true}", Welcome.class).userId()).isEqualTo(7);
    }

    @Test
    void rejectsWrongShapesAndMalformedText() {
        assertThatThrownBy(() -> json.decode("{\"userId\":\"x\"}", Welcome.class)).isInstanceOf(JsonException.class)
                .hasMessageContaining("Welcome");
        assertThatThrownBy(() -> json.normalize("{\"a\":")).isInstanceOf(JsonException.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> json.normalize("{} {}")).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> json.normalize("")).isInstanceOf(JsonException.class);
    }

    @Test
    void rawJsonPassesThroughCompacted() {
        assertThat(json.encode(new RawJson("{ \"a\" : [1, 2] }"))).isEqualTo("{\"a\":[1,2]}");
    }

    @Test
    void rawJsonKeepsNumbersExactly() {
        assertThat(json.encode(new RawJson("[1e999999, 0.1, 12345678901234567890.123456789, 123456789012345678901234567890]")))
                .isEqualTo("[1E+999999,0.1,12345678901234567890.123456789,123456789012345678901234567890]");
    }
}
