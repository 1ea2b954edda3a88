package dev.docket.bench.run;

import dev.docket.JobType;

/**
 * The bench's job: its one argument is when it was enqueued ({@link System#nanoTime()} of the
 * enqueuing thread; producer and workers share the JVM), so a handler can tell its enqueue-to-start
 * latency.
 *
 * @param enqueuedAtNanos {@code System.nanoTime()} just before the enqueue call
 */
public record BenchJob(long enqueuedAtNanos) {
    /** The job type the bench runs. */
    public static final JobType<BenchJob> TYPE = JobType.of("bench.job", BenchJob.class);
    /** The queue the workers work. */
    public static final String QUEUE = "bench";
    /** Where the single-enqueue sample goes: no worker takes this queue, so those jobs stay out of the drain. */
    public static final String SAMPLE_QUEUE = "bench-sample";

    /** A job stamped now. */
    public static BenchJob now() {
        return new BenchJob(System.nanoTime());
    }
}
