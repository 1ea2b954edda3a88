package dev.docket.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JacksonJsonCodec;
import dev.docket.JsonCodec;
import dev.docket.spi.NewJob;

/**
 * Small factories for the jobs the cases insert, and a JSON comparison that accepts any store's
 * way of keeping JSON (text as given, or a normalised binary form such as PostgreSQL's jsonb).
 */
public final class Jobs {
    /** The type most cases use. */
    public static final String TYPE = "tck.task";

    private static final JsonCodec JSON = JacksonJsonCodec.create();

    private Jobs() {
    }

    /** A job of {@link #TYPE} on {@code queue}, due now, with empty arguments. */
    public static NewJob job(String queue) {
        return NewJob.of(TYPE, queue, "{}");
    }

    /** A job of {@code type} on {@code queue}, due now, with empty arguments. */
    public static NewJob job(String queue, String type) {
        return NewJob.of(type, queue, "{}");
    }

    /** A job of {@link #TYPE} on {@code queue} with the given arguments. */
    public static NewJob withArgs(String queue, String argsJson) {
        return NewJob.of(TYPE, queue, argsJson);
    }

    /** Asserts that two JSON texts mean the same value (key order and spacing aside). */
    public static void assertSameJson(String actual, String expected) {
        if (expected == null) {
            assertThat(actual).as("JSON").isNull();
            return;
        }
        assertThat(actual).as("JSON").isNotNull();
        assertThat(JSON.decode(actual, Object.class)).as("JSON %s", actual)
                .isEqualTo(JSON.decode(expected, Object.class));
    }
}
