package dev.docket.it.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.Docket;
import dev.docket.Enqueued;
import dev.docket.JobRequest;
import dev.docket.JobType;
import dev.docket.admin.JobQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Enqueue interceptors see every batch with resolved type names, in order, and can refuse it. */
class EnqueueInterceptorTest {
    record Ping(int n) {
        static final JobType<Ping> TYPE = JobType.of("test.ping", Ping.class);
    }

    private final List<String> seen = new ArrayList<>();
    private Docket docket;

    @AfterEach
    void close() {
        if (docket != null) {
            docket.close(Duration.ZERO);
        }
    }

    @Test
    void addsMetadataAndSeesResolvedTypeNamesOutermostFirst() {
        docket = Docket.builder().store("memory:").register(Ping.TYPE)
                .enqueueInterceptor((requests, next) -> {
                    requests.forEach(r -> seen.add("outer " + r.type()));
                    return next.proceed(requests.stream().map(r -> r.with(o -> o.meta("tenant", "acme"))).toList());
                })
                .enqueueInterceptor((requests, next) -> {
                    requests.forEach(r -> seen.add("inner " + r.type() + " " + r.options().meta()));
                    return next.proceed(requests);
                })
                .build();

        Enqueued byClass = docket.enqueue(new Ping(1));
        Enqueued byName = docket.enqueue("other.type", new Ping(2), o -> o.meta("k", "v"));

        assertThat(seen).containsExactly(
                "outer test.ping", "inner test.ping {tenant=acme}",
                "outer other.type", "inner other.type {k=v, tenant=acme}");
        assertThat(docket.admin().job(byClass.id()).orElseThrow().meta()).containsEntry("tenant", "acme");
        assertThat(docket.admin().job(byName.id()).orElseThrow().meta()).containsEntry("tenant", "acme").containsEntry("k", "v");
    }

    @Test
    void anInterceptorThatThrowsRefusesTheWholeBatch() {
        docket = Docket.builder().store("memory:").register(Ping.TYPE)
                .enqueueInterceptor((requests, next) -> {
                    throw new IllegalStateException("no enqueues today");
                })
                .build();

        assertThatThrownBy(() -> docket.enqueueAll(List.of(JobRequest.of(new Ping(1)), JobRequest.of(new Ping(2)))))
                .hasMessage("no enqueues today");
        assertThat(docket.admin().jobs(JobQuery.all()).jobs()).isEmpty();
    }

    @Test
    void anInterceptorMustPassOnEveryRequest() {
        docket = Docket.builder().store("memory:").register(Ping.TYPE)
                .enqueueInterceptor((requests, next) -> next.proceed(requests.subList(0, 1)))
                .build();

        assertThatThrownBy(() -> docket.enqueueAll(List.of(JobRequest.of(new Ping(1)), JobRequest.of(new Ping(2)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("passed on 1 requests for a batch of 2");
        assertThat(docket.admin().jobs(JobQuery.all()).jobs()).isEmpty();
    }

    @Test
    void anUnregisteredArgumentClassFailsBeforeAnyInterceptorRuns() {
        docket = Docket.builder().store("memory:")
                .enqueueInterceptor((requests, next) -> {
                    seen.add("called");
                    return next.proceed(requests);
                })
                .build();

        assertThatThrownBy(() -> docket.enqueue(new Ping(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no job type is registered for");
        assertThat(seen).isEmpty();
    }
}
