package dev.docket.bench.run;

import dev.docket.Docket;
import dev.docket.JobRequest;
import dev.docket.bench.measure.LatencyHistogram;
import java.util.ArrayList;
import java.util.List;

/** The ways the bench enqueues: bulk batches through the public batch API, and timed single calls. */
final class Enqueues {
    private Enqueues() {
    }

    /** Enqueues {@code jobs} bench jobs in calls of {@code batch} ({@link Docket#enqueueAll}), each its own transaction. */
    static void bulk(Docket docket, long jobs, int batch) {
        List<JobRequest> requests = new ArrayList<>(batch);
        for (long done = 0; done < jobs; done += requests.size()) {
            requests.clear();
            int n = (int) Math.min(batch, jobs - done);
            for (int i = 0; i < n; i++) {
                requests.add(JobRequest.of(BenchJob.TYPE, BenchJob.now()));
            }
            docket.enqueueAll(requests);
        }
    }

    /** Enqueues {@code jobs} bench jobs one {@link Docket#enqueue} call each into {@code queue}, timing each call. */
    static LatencyHistogram singles(Docket docket, int jobs, String queue) {
        LatencyHistogram calls = new LatencyHistogram();
        for (int i = 0; i < jobs; i++) {
            JobRequest request = JobRequest.of(BenchJob.TYPE, BenchJob.now()).with(o -> o.queue(queue));
            long start = System.nanoTime();
            docket.enqueue(request);
            calls.record(System.nanoTime() - start);
        }
        return calls;
    }
}
