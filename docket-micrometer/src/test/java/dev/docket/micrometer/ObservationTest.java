package dev.docket.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobType;
import dev.docket.test.DocketTestKit;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.transport.Kind;
import org.junit.jupiter.api.Test;

/** Enqueues are PRODUCER observations and attempts CONSUMER observations, with bounded keys. */
class ObservationTest {
    record Greet(String name) {
        static final JobType<Greet> TYPE = JobType.of("test.greet", Greet.class);
    }

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private DocketTestKit kit() {
        return DocketTestKit.create(b -> b.enqueueInterceptor(new ObservedEnqueue(registry))
                .listener(new ObservedExecution(registry))
                .handle(Greet.TYPE, (args, ctx) -> {
                    if (args.name().isEmpty()) {
                        throw new IllegalArgumentException("no name");
                    }
                    assertThat(registry.getCurrentObservation()).as("the handler runs inside the observation").isNotNull();
                }, t -> t.queue("greetings").maxAttempts(1)));
    }

    @Test
    void enqueueAndExecutionAreObserved() {
        try (DocketTestKit kit = kit()) {
            kit.docket().enqueue(new Greet("Ada"));
            kit.runDue();
        }

        assertThat(registry).hasObservationWithNameEqualTo("docket.job.enqueue").that()
                .hasContextualNameEqualTo("enqueue test.greet")
                .hasLowCardinalityKeyValue("type", "test.greet")
                .hasHighCardinalityKeyValue("job.count", "1")
                .hasBeenStarted().hasBeenStopped();
        assertThat(registry).hasObservationWithNameEqualTo("docket.job.execution").that()
                .hasContextualNameEqualTo("process test.greet")
                .hasLowCardinalityKeyValue("queue", "greetings")
                .hasLowCardinalityKeyValue("type", "test.greet")
                .hasLowCardinalityKeyValue("outcome", "succeeded")
                .hasHighCardinalityKeyValue("job.attempt", "1")
                .doesNotHaveError()
                .hasBeenStopped();
        assertThat(registry).hasObservationWithNameEqualTo("docket.job.enqueue").that()
                .satisfies(c -> assertThat(((JobEnqueueContext) c).getKind()).isEqualTo(Kind.PRODUCER));
        assertThat(registry).hasObservationWithNameEqualTo("docket.job.execution").that()
                .satisfies(c -> assertThat(((JobExecutionContext) c).getKind()).isEqualTo(Kind.CONSUMER));
    }

    @Test
    void aFailedAttemptCarriesItsErrorAndOutcome() {
        try (DocketTestKit kit = kit()) {
            kit.docket().enqueue(new Greet(""));
            kit.runDue();
        }

        assertThat(registry).hasObservationWithNameEqualTo("docket.job.execution").that()
                .hasLowCardinalityKeyValue("outcome", "dead")
                .hasError()
                .hasBeenStopped();
    }

    @Test
    void aNoopRegistryAddsNoMetadata() {
        try (DocketTestKit kit = DocketTestKit.create(b -> b.register(Greet.TYPE)
                .enqueueInterceptor(new ObservedEnqueue(io.micrometer.observation.ObservationRegistry.NOOP)))) {
            String id = kit.docket().enqueue(new Greet("Ada")).id();
            assertThat(kit.job(id).meta()).isEmpty();
        }
    }
}
