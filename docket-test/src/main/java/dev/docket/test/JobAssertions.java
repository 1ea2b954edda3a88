package dev.docket.test;

import dev.docket.JacksonJsonCodec;
import dev.docket.Job;
import dev.docket.JsonCodec;
import java.util.List;
import java.util.stream.Collectors;

/** Assertions about stored jobs, with messages that show what was found instead. */
final class JobAssertions {
    private static final JsonCodec JSON = JacksonJsonCodec.create();

    private JobAssertions() {
    }

    static Job assertEnqueued(List<Job> ofType, String type, String argsJson) {
        String expected = canonical(argsJson);
        for (Job j : ofType) {
            if (canonical(j.argsJson()).equals(expected)) {
                return j;
            }
        }
        throw new AssertionError("expected a job of type '" + type + "' with arguments " + expected
                + (ofType.isEmpty() ? ", but none of that type was enqueued"
                        : ", but found only: " + describe(ofType)));
    }

    static String describe(List<Job> jobs) {
        return jobs.stream().map(j -> j.type() + " " + j.argsJson() + " (" + j.state().wireName() + ")")
                .collect(Collectors.joining("; "));
    }

    /** JSON with object keys sorted, so that key order does not matter. */
    private static String canonical(String json) {
        return SortedJson.of(JSON.normalize(json));
    }
}
