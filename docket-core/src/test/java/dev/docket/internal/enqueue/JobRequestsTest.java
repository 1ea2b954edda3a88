package dev.docket.internal.enqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.Backoff;
import dev.docket.JacksonJsonCodec;
import dev.docket.JobRequest;
import dev.docket.RawJson;
import dev.docket.TypeOptions;
import dev.docket.internal.registry.RegisteredType;
import dev.docket.internal.registry.TypeRegistry;
import dev.docket.spi.NewJob;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobRequestsTest {
    record Welcome(long userId) {
    }

    record Other(String x) {
    }

    private final TypeRegistry registry = new TypeRegistry(List.of(
            new RegisteredType("mail.welcome", Welcome.class, (a, c) -> null,
                    new TypeOptions().queue("mail").priority(3).maxAttempts(5))));
    private final JobRequests requests = new JobRequests(registry, JacksonJsonCodec.create(), 20);

    @Test
    void typeIsFoundFromTheArgumentsClassAndItsDefaultsApply() {
        NewJob job = requests.toNewJob(JobRequest.of(new Welcome(42)), null);
        assertThat(job.type()).isEqualTo("mail.welcome");
        assertThat(job.argsJson()).isEqualTo("{\"userId\":42}");
        assertThat(job.queue()).isEqualTo("mail");
        assertThat(job.priority()).isEqualTo(3);
        assertThat(job.maxAttempts()).isEqualTo(5);
        assertThat(job.timeoutMs()).isNull();
    }

    @Test
    void jobOptionsWinOverTypeDefaults() {
        NewJob job = requests.toNewJob(JobRequest.of(new Welcome(1)).with(o -> o.queue("urgent").priority(0)
                .maxAttempts(2).timeout(Duration.ofSeconds(9)).backoff(Backoff.fixed(Duration.ofSeconds(4)))
                .uniqueKey("u-1").meta("tenant", "acme")), null);
        assertThat(job.queue()).isEqualTo("urgent");
        assertThat(job.priority()).isZero();
        assertThat(job.maxAttempts()).isEqualTo(2);
        assertThat(job.timeoutMs()).isEqualTo(9000);
        assertThat(job.backoffInitialMs()).isEqualTo(4000);
        assertThat(job.uniqueKey()).isEqualTo("u-1");
        assertThat(job.meta()).isEqualTo(Map.of("tenant", "acme"));
    }

    @Test
    void unknownTypesByNameUseDocketDefaults() {
        NewJob job = requests.toNewJob(JobRequest.of("resize", new RawJson("{ \"w\": 10 }")), null);
        assertThat(job.queue()).isEqualTo("default");
        assertThat(job.maxAttempts()).isEqualTo(20);
        assertThat(job.argsJson()).isEqualTo("{\"w\":10}");
    }

    @Test
    void unregisteredClassesAndMismatchedArgumentsAreRefused() {
        assertThatThrownBy(() -> requests.toNewJob(JobRequest.of(new Other("x")), 3))
                .hasMessageContaining("jobs[3]: no job type is registered for").hasMessageContaining("Other");
        assertThatThrownBy(() -> requests.toNewJob(JobRequest.of("mail.welcome", new Other("x")), null))
                .hasMessageContaining("do not fit job type 'mail.welcome'");
        assertThatThrownBy(() -> requests.toNewJob(JobRequest.of("x", new RawJson("{oops")), null))
                .hasMessageContaining("cannot be written as JSON");
    }

    @Test
    void missingArgumentsAreAnEmptyObject() {
        assertThat(requests.toNewJob(JobRequest.of("x", null), null).argsJson()).isEqualTo("{}");
    }
}
