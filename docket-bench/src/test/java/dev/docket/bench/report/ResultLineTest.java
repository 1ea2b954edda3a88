package dev.docket.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultLineTest {
    @Test
    void writesFieldsInOrderWithRoundingAndNullsForWhatWasNotMeasured() {
        String json = new ResultLine()
                .text("store", "sqlite")
                .count("jobs", 2000)
                .rate("enqueuePerSec", 1234.56)
                .decimal("endToEndSec", 1.23456)
                .decimal("latencyP50Ms", Double.NaN)
                .rate("processPerSec", Double.POSITIVE_INFINITY)
                .none("latencyP99Ms")
                .decimals("samples", List.of(1.00049, Double.NaN))
                .toJson();
        assertThat(json).isEqualTo("{\"store\":\"sqlite\",\"jobs\":2000,\"enqueuePerSec\":1235,\"endToEndSec\":1.235,"
                + "\"latencyP50Ms\":null,\"processPerSec\":null,\"latencyP99Ms\":null,\"samples\":[1.0,null]}");
    }
}
