package dev.docket;

import java.util.List;

/**
 * Sees every enqueue made through {@link Docket} before it reaches the store, and may rewrite the
 * requests (add metadata such as a trace context) or time the store call. Registered with
 * {@link DocketBuilder#enqueueInterceptor}; the first registered is the outermost.
 *
 * <pre>{@code
 * builder.enqueueInterceptor((requests, next) -> next.proceed(requests.stream()
 *         .map(r -> r.with(o -> o.meta("tenant", Tenant.current())))
 *         .toList()));
 * }</pre>
 *
 * <p>Every request an interceptor sees names its type ({@link JobRequest#type()} is never
 * {@code null}): requests made from an argument object are resolved to their registered type first.
 * An interceptor must call {@code next} exactly once with as many requests, in the same order, or
 * throw to refuse the whole batch. It runs on the enqueuing thread, inside the caller's transaction
 * when there is one. Jobs fired by schedules do not pass through interceptors.
 */
@FunctionalInterface
public interface EnqueueInterceptor {
    /**
     * Handles one batch.
     *
     * @param requests the batch, each with its type name resolved
     * @param next the rest of the chain, ending at the store
     * @return what {@code next} returned
     */
    List<Enqueued> intercept(List<JobRequest> requests, Next next);

    /** The rest of the chain. */
    @FunctionalInterface
    interface Next {
        /** Passes {@code requests} on; returns one result per request, in order. */
        List<Enqueued> proceed(List<JobRequest> requests);
    }
}
