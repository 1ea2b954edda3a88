package dev.docket.webhook;

import dev.docket.Backoff;
import dev.docket.DocketBuilder;
import dev.docket.JobFunction;
import dev.docket.JobType;
import dev.docket.TypeOptions;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The built-in {@code http} job type: one job delivers one HTTP request, typically a webhook.
 *
 * <pre>{@code
 * DocketBuilder builder = Docket.builder();
 * HttpJobs.register(builder, new HttpJobOptions().allowPrivateDestinations(allowPrivateHttp));
 * docket.enqueue(HttpJobs.TYPE, Map.of("url", "https://example.com/hook", "body", Map.of("event", "paid")), o -> { });
 * }</pre>
 *
 * <p>Arguments: {@code {"url", "method"?, "headers"?, "body"?, "timeoutMs"?}}. A 2xx answer
 * succeeds with {@code {"status", "headers", "body", "bodyTruncated"}} as the result; 408, 429,
 * 5xx, timeouts and connection failures are retried; other answers, redirects, invalid arguments
 * and refused destinations go to {@code dead} at once. See {@code docs/webhooks.md}.
 */
public final class HttpJobs {
    /** The type name, {@value}. */
    public static final String TYPE = "http";

    /** The type with its argument class: a JSON object read as a map. */
    public static final JobType<Map<String, Object>> JOB_TYPE = jobType();

    /** Retries start 10 s after the first failure and double up to 2 h. */
    public static final Backoff BACKOFF = Backoff.exponential(Duration.ofSeconds(10), Duration.ofHours(2));

    /** 16 attempts: with {@link #BACKOFF}, retries span about 13 hours of receiver downtime. */
    public static final int MAX_ATTEMPTS = 16;

    private HttpJobs() {
    }

    /** Registers the {@code http} type on {@code builder} with its default type options. */
    public static DocketBuilder register(DocketBuilder builder, HttpJobOptions options) {
        return register(builder, options, t -> { });
    }

    /**
     * Registers the {@code http} type on {@code builder}; {@code typeOptions} may change the
     * defaults set by {@link #typeDefaults} (queue, priority, attempts, backoff, timeout).
     */
    public static DocketBuilder register(DocketBuilder builder, HttpJobOptions options,
                                         Consumer<TypeOptions> typeOptions) {
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(typeOptions, "typeOptions");
        JobFunction<Map<String, Object>, Map<String, Object>> handler = handler(options);
        Duration maxTimeout = options.maxTimeout();
        return builder.handleWithResult(JOB_TYPE, handler, t -> {
            typeDefaults(t, maxTimeout);
            typeOptions.accept(t);
        });
    }

    /**
     * The handler alone, for callers that wire it themselves. It reads {@code options} now; later
     * changes to them have no effect.
     */
    public static JobFunction<Map<String, Object>, Map<String, Object>> handler(HttpJobOptions options) {
        return new HttpDeliveryHandler(Objects.requireNonNull(options, "options"));
    }

    /**
     * The type's defaults: {@link #MAX_ATTEMPTS} attempts, {@link #BACKOFF}, and an attempt timeout
     * one minute longer than the longest request timeout, as a backstop (each request enforces its
     * own {@code timeoutMs}).
     */
    public static TypeOptions typeDefaults(TypeOptions t, Duration maxRequestTimeout) {
        return t.maxAttempts(MAX_ATTEMPTS).backoff(BACKOFF).timeout(maxRequestTimeout.plusMinutes(1));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JobType<Map<String, Object>> jobType() {
        return (JobType<Map<String, Object>>) (JobType) JobType.of(TYPE, Map.class);
    }
}
