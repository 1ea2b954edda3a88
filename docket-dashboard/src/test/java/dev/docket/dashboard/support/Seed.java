package dev.docket.dashboard.support;

import dev.docket.Docket;
import dev.docket.JobOptions;
import dev.docket.JobRequest;
import dev.docket.RawJson;
import dev.docket.admin.ExternalWorkers;
import dev.docket.admin.FetchRequest;
import dev.docket.admin.LeasedJob;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Puts jobs into given states without running any handler: enqueue, then take the job as an
 * external worker and report its outcome. Each call leaves no other job of its type available, so
 * the fetch takes exactly the job just enqueued.
 */
public final class Seed {
    private final Docket docket;

    public Seed(Docket docket) {
        this.docket = docket;
    }

    /** An available job (or scheduled, if the options delay it). */
    public String job(String type, String argsJson, Consumer<JobOptions> options) {
        return docket.enqueue(JobRequest.of(type, new RawJson(argsJson)).with(options)).id();
    }

    /** A running job held by worker {@code worker}. */
    public String running(String type, String argsJson, String queue, String worker) {
        String id = job(type, argsJson, o -> o.queue(queue));
        take(id, type, queue, worker);
        return id;
    }

    /** A succeeded job with {@code resultJson} as its result. */
    public String succeeded(String type, String argsJson, String queue, String resultJson) {
        String id = job(type, argsJson, o -> o.queue(queue));
        LeasedJob j = take(id, type, queue, "seed");
        reply(workers().complete(id, j.attempt(), resultJson));
        return id;
    }

    /** A dead job whose only attempt failed with {@code message} and {@code stack}. */
    public String dead(String type, String argsJson, String queue, String message, String stack) {
        String id = job(type, argsJson, o -> o.queue(queue).maxAttempts(1));
        LeasedJob j = take(id, type, queue, "seed");
        reply(workers().fail(id, j.attempt(), message, stack, false));
        return id;
    }

    /** A retryable job whose first attempt failed with {@code message}. */
    public String retryable(String type, String argsJson, String queue, String message) {
        String id = job(type, argsJson, o -> o.queue(queue).maxAttempts(5));
        LeasedJob j = take(id, type, queue, "seed");
        reply(workers().fail(id, j.attempt(), message, null, true));
        return id;
    }

    private LeasedJob take(String id, String type, String queue, String worker) {
        try {
            List<LeasedJob> got = workers().fetch(new FetchRequest(List.of(queue), Set.of(type), 1,
                    Duration.ofMinutes(30), Duration.ZERO, worker));
            if (got.size() != 1 || !got.get(0).job().id().equals(id)) {
                throw new AssertionError("expected to take job " + id + " but took " + got);
            }
            return got.get(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void reply(ExternalWorkers.Reply r) {
        if (r.status() != ExternalWorkers.Reply.Status.OK) {
            throw new AssertionError("outcome not recorded: " + r.status());
        }
    }

    private ExternalWorkers workers() {
        return docket.externalWorkers();
    }
}
