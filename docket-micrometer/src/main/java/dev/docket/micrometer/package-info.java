/**
 * Micrometer for Docket, with or without Spring: {@link dev.docket.micrometer.JobMetrics} counts and
 * times jobs from their events, {@link dev.docket.micrometer.QueueMetrics} exposes queue sizes and
 * latency from the admin model, and {@link dev.docket.micrometer.ObservedEnqueue} with
 * {@link dev.docket.micrometer.ObservedExecution} carry the trace context from the code that enqueues
 * a job to the attempt that runs it, through Micrometer Observation.
 *
 * <pre>{@code
 * DocketBuilder builder = Docket.builder()
 *         .listener(JobMetrics.create(meterRegistry))
 *         .enqueueInterceptor(new ObservedEnqueue(observationRegistry))
 *         .listener(new ObservedExecution(observationRegistry));
 * Docket docket = builder.build();
 * new QueueMetrics(docket.admin()).bindTo(meterRegistry);
 * }</pre>
 *
 * <p>Every tag is bounded: queue names, job type names, states and outcomes. Job ids, arguments and
 * metadata never become tags.
 */
package dev.docket.micrometer;
