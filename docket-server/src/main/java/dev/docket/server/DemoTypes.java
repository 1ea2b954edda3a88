package dev.docket.server;

import dev.docket.DocketBuilder;
import dev.docket.JobType;

/**
 * The demo job types of {@code docket server --demo}, for trying the API and the dashboard:
 * {@code demo.noop} succeeds at once, {@code demo.sleep {"ms": N}} sleeps, {@code demo.fail
 * {"times": N, "message": "…"}} fails its first N attempts, {@code demo.echo} succeeds with its
 * arguments as the result. Without {@code --demo} these types are unknown to the server.
 */
public final class DemoTypes {
    /** Arguments of {@code demo.sleep}. */
    public record Sleep(long ms) {
    }

    /** Arguments of {@code demo.fail}. */
    public record Fail(int times, String message) {
    }

    static final JobType<Object> NOOP = JobType.of("demo.noop", Object.class);
    static final JobType<Sleep> SLEEP = JobType.of("demo.sleep", Sleep.class);
    static final JobType<Fail> FAIL = JobType.of("demo.fail", Fail.class);
    static final JobType<Object> ECHO = JobType.of("demo.echo", Object.class);

    private DemoTypes() {
    }

    /** Registers the four demo types on {@code builder}. */
    public static DocketBuilder register(DocketBuilder builder) {
        return builder
                .handle(NOOP, (args, ctx) -> { })
                .handle(SLEEP, (args, ctx) -> {
                    if (args.ms() < 0) {
                        throw new dev.docket.NonRetryableException("demo.sleep: ms must not be negative, was " + args.ms());
                    }
                    Thread.sleep(args.ms());
                })
                .handle(FAIL, (args, ctx) -> {
                    if (ctx.attempt() <= args.times()) {
                        throw new IllegalStateException(args.message() == null ? "demo.fail: attempt " + ctx.attempt()
                                + " of " + args.times() + " planned failures" : args.message());
                    }
                })
                .handleWithResult(ECHO, (args, ctx) -> args);
    }
}
