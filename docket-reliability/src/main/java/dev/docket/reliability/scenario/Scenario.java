package dev.docket.reliability.scenario;

import dev.docket.reliability.check.Result;

/** One scenario of the battery: sets up its processes and database, injects its faults, checks. */
public interface Scenario {
    /** The name used on the command line, e.g. {@code kill}. */
    String name();

    /** What it does, in one line. */
    String title();

    /** Runs it in the short (CI) or full size; never throws for a broken promise, only records it. */
    Result run(RunContext ctx) throws Exception;
}
