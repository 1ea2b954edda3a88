package dev.docket.spring;

import dev.docket.schedule.CatchUp;
import dev.docket.schedule.Overlap;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a schedule that enqueues the annotated job: on a {@link DocketJob} method, or on a
 * {@link DocketJobHandler} class. The schedule is saved to the store when Docket starts (created,
 * or redefined when changed), and the cluster's leader fires it once per tick.
 *
 * <pre>{@code
 * @DocketJob("uploads.cleanup")
 * @Recurring(name = "nightly-upload-cleanup", cron = "0 3 * * *", zone = "Europe/Berlin",
 *            overlap = Overlap.SKIP, catchUp = CatchUp.ONE)
 * void cleanUp() { ... }
 * }</pre>
 *
 * <p>Exactly one of {@link #cron()} and {@link #every()} must be given.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(Recurring.List.class)
public @interface Recurring {
    /** The schedule's name, unique in the store (1-128 letters, digits, {@code _ . : -}). */
    String name();

    /** A cron expression ({@code 0 3 * * *}, {@code @daily}, or with seconds); see {@code docs/cron.md}. */
    String cron() default "";

    /** A fixed interval instead of a cron expression, e.g. {@code 15m} or {@code PT15M}. */
    String every() default "";

    /** The IANA zone the cron expression is read in (default UTC). */
    String zone() default "UTC";

    /** The job's arguments as JSON (default {@code {}}). */
    String args() default "{}";

    /** What a tick does while the previous run has not finished. */
    Overlap overlap() default Overlap.ALLOW;

    /** What happens to ticks missed while no process could fire them. */
    CatchUp catchUp() default CatchUp.ONE;

    /** Several schedules for one job. */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @interface List {
        /** The schedules. */
        Recurring[] value();
    }
}
