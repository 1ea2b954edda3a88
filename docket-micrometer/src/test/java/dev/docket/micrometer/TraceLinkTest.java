package dev.docket.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Job;
import dev.docket.JobType;
import dev.docket.test.DocketTestKit;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingReceiverTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With Micrometer Tracing (OpenTelemetry bridge, W3C propagation), the job's span continues the
 * trace of the code that enqueued it: request span, then the enqueue's PRODUCER span, then the
 * attempt's CONSUMER span, all in one trace.
 */
class TraceLinkTest {
    record Resize(int width) {
        static final JobType<Resize> TYPE = JobType.of("image.resize", Resize.class);
    }

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(spans)).build();
    private final OpenTelemetrySdk otel = OpenTelemetrySdk.builder().setTracerProvider(provider)
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();

    @AfterEach
    void close() {
        otel.close();
    }

    @Test
    void theJobSpanIsAChildOfTheEnqueuingSpan() {
        io.opentelemetry.api.trace.Tracer otelTracer = otel.getTracer("test");
        OtelCurrentTraceContext current = new OtelCurrentTraceContext();
        OtelTracer tracer = new OtelTracer(otelTracer, current, event -> { },
                new OtelBaggageManager(current, List.of(), List.of()));
        OtelPropagator propagator = new OtelPropagator(otel.getPropagators(), otelTracer);
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler.FirstMatchingCompositeObservationHandler(
                new PropagatingSenderTracingObservationHandler<>(tracer, propagator),
                new PropagatingReceiverTracingObservationHandler<>(tracer, propagator),
                new DefaultTracingObservationHandler(tracer)));

        try (DocketTestKit kit = DocketTestKit.create(b -> b.enqueueInterceptor(new ObservedEnqueue(registry))
                .listener(new ObservedExecution(registry))
                .handle(Resize.TYPE, (args, ctx) -> { }))) {
            String id = Observation.createNotStarted("http.request", registry)
                    .observe(() -> kit.docket().enqueue(new Resize(120)).id());
            Job job = kit.job(id);
            assertThat(job.meta()).containsKey("traceparent");
            kit.runDue();
        }

        SpanData request = span("http.request");
        SpanData enqueue = span("enqueue image.resize");
        SpanData process = span("process image.resize");
        assertThat(enqueue.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(process.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(enqueue.getParentSpanId()).isEqualTo(request.getSpanId());
        assertThat(process.getParentSpanId()).isEqualTo(enqueue.getSpanId());
        assertThat(process.getTraceId()).isEqualTo(request.getTraceId());
        assertThat(process.getAttributes().asMap().toString()).contains("outcome=succeeded", "queue=default");
    }

    private SpanData span(String name) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no span '" + name + "' among " + spans.getFinishedSpanItems()
                        .stream().map(SpanData::getName).toList()));
    }
}
