package dev.docket.internal.enqueue;

import dev.docket.EnqueueInterceptor;
import dev.docket.Enqueued;
import dev.docket.JobRequest;
import java.util.List;

/**
 * Passes a batch through the {@link EnqueueInterceptor}s, outermost first, to the store. Requests
 * reach the interceptors with their type names resolved; with no interceptors the batch goes
 * straight through, untouched.
 */
public final class EnqueueChain {
    private final List<EnqueueInterceptor> interceptors;
    private final JobRequests requests;

    public EnqueueChain(List<EnqueueInterceptor> interceptors, JobRequests requests) {
        this.interceptors = List.copyOf(interceptors);
        this.requests = requests;
    }

    /** Runs {@code batch} through the interceptors, then {@code store}. */
    public List<Enqueued> run(List<JobRequest> batch, EnqueueInterceptor.Next store) {
        if (interceptors.isEmpty() || batch.isEmpty()) {
            return store.proceed(batch);
        }
        return proceed(0, requests.named(batch), store);
    }

    private List<Enqueued> proceed(int index, List<JobRequest> batch, EnqueueInterceptor.Next store) {
        if (index == interceptors.size()) {
            return store.proceed(batch);
        }
        EnqueueInterceptor interceptor = interceptors.get(index);
        int size = batch.size();
        List<Enqueued> out = interceptor.intercept(List.copyOf(batch), next -> {
            if (next == null || next.size() != size) {
                throw new IllegalStateException("enqueue interceptor " + interceptor.getClass().getName()
                        + " passed on " + (next == null ? "null" : next.size() + " requests") + " for a batch of " + size);
            }
            return proceed(index + 1, next, store);
        });
        if (out == null || out.size() != size) {
            throw new IllegalStateException("enqueue interceptor " + interceptor.getClass().getName() + " returned "
                    + (out == null ? "null" : out.size() + " results") + " for a batch of " + size);
        }
        return out;
    }
}
