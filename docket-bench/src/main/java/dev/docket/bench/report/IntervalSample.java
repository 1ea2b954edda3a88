package dev.docket.bench.report;

/**
 * What one sampling interval of a steady run saw.
 *
 * @param elapsedSec seconds from the start of measuring to the end of this interval
 * @param enqueuePerSec jobs enqueued per second during it
 * @param processPerSec jobs finished per second during it
 * @param latencyP50Ms median enqueue-to-start latency of the jobs that started in it
 * @param latencyP99Ms 99th percentile of the same
 * @param latencyMaxMs the largest of the same
 * @param jobRows rows in the job table at its end (every state), or -1 when unknown
 * @param deadJobRows dead row versions not yet vacuumed at its end, or -1 when the store cannot tell
 */
public record IntervalSample(double elapsedSec, double enqueuePerSec, double processPerSec, double latencyP50Ms,
                             double latencyP99Ms, double latencyMaxMs, long jobRows, long deadJobRows) {
}
