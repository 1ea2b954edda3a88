package dev.docket.bench.report;

import java.io.PrintStream;

/**
 * Where a run reports: its configuration and progress as {@code name: value} lines, then the JSON
 * result as the last line. With {@code jsonOnly}, only the JSON line is printed.
 */
public final class Console {
    private final PrintStream out;
    private final boolean jsonOnly;

    public Console(PrintStream out, boolean jsonOnly) {
        this.out = out;
        this.jsonOnly = jsonOnly;
    }

    /** One configuration or result fact. */
    public void fact(String name, Object value) {
        line(name + ": " + value);
    }

    /** One line of progress or explanation. */
    public void line(String text) {
        if (!jsonOnly) {
            out.println(text);
            out.flush();
        }
    }

    /** The result: always printed, always last. */
    public void result(ResultLine result) {
        out.println(result.toJson());
        out.flush();
    }
}
