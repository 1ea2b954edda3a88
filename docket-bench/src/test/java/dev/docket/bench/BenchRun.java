package dev.docket.bench;

import dev.docket.JacksonJsonCodec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One in-process run of the bench command: its exit status, what it printed, and the JSON result
 * of its last line.
 */
record BenchRun(int status, List<String> lines, String err) {

    static BenchRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = BenchCommand.run(args, o, e, name -> null);
        }
        return new BenchRun(status, out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8));
    }

    /** The last line, read as JSON. */
    @SuppressWarnings("unchecked")
    Map<String, Object> result() {
        return JacksonJsonCodec.create().decode(lines.get(lines.size() - 1), Map.class);
    }
}
