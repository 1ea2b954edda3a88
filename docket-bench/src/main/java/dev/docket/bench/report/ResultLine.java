package dev.docket.bench.report;

import dev.docket.JacksonJsonCodec;
import dev.docket.JsonCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON result line, fields in the order they were put. Rates are rounded to whole jobs per
 * second, times to the microsecond; a value that was not measured is {@code null}.
 */
public final class ResultLine {
    private static final JsonCodec JSON = JacksonJsonCodec.create();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public ResultLine text(String name, String value) {
        fields.put(name, value);
        return this;
    }

    public ResultLine count(String name, long value) {
        fields.put(name, value);
        return this;
    }

    /** A rate in jobs per second, rounded to a whole number; {@code NaN} or infinite reads as null. */
    public ResultLine rate(String name, double perSecond) {
        fields.put(name, finite(perSecond) ? Math.round(perSecond) : null);
        return this;
    }

    /** A time or size, rounded to three decimals; {@code NaN} or infinite reads as null. */
    public ResultLine decimal(String name, double value) {
        fields.put(name, finite(value) ? Math.round(value * 1000) / 1000.0 : null);
        return this;
    }

    /** A list of decimals, each rounded to three places. */
    public ResultLine decimals(String name, List<Double> values) {
        fields.put(name, values.stream().map(v -> finite(v) ? Math.round(v * 1000) / 1000.0 : null).toList());
        return this;
    }

    /** A field that was not measured in this mode. */
    public ResultLine none(String name) {
        fields.put(name, null);
        return this;
    }

    /** The value put under {@code name} (for tests and summaries). */
    public Object get(String name) {
        return fields.get(name);
    }

    public String toJson() {
        return JSON.encode(fields);
    }

    private static boolean finite(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v);
    }
}
