package dev.docket.webhook;

import dev.docket.JacksonJsonCodec;
import dev.docket.JsonCodec;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * How this process delivers {@code http} jobs. Every setting has a safe default; the one that
 * matters most is {@link #allowPrivateDestinations(boolean)}, off unless the server was started
 * with {@code --allow-private-http}.
 *
 * <pre>{@code
 * HttpJobs.register(builder, new HttpJobOptions().allowPrivateDestinations(flags.allowPrivateHttp()));
 * }</pre>
 *
 * <p>The options are read once, when the type is registered; changing them afterwards has no effect.
 */
public final class HttpJobOptions {
    /** The request timeout of a job that does not give {@code timeoutMs}: 10 s. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The longest {@code timeoutMs} a job may ask for: 5 minutes. */
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);
    /** The user agent sent when a job does not set one. */
    public static final String DEFAULT_USER_AGENT = "Docket-Webhook/1";

    private boolean allowPrivateDestinations;
    private HostResolver resolver = HostResolver.system();
    private String userAgent = DEFAULT_USER_AGENT;
    private SSLContext sslContext;
    private JsonCodec json;
    private Duration defaultTimeout = DEFAULT_TIMEOUT;
    private Duration maxTimeout = MAX_TIMEOUT;
    private int maxResponseBytes = 1 << 20;
    private int keptBodyBytes = 4096;

    /**
     * Whether jobs may reach loopback, private, link-local, metadata and other non-public addresses
     * (default false). Turn it on only where every producer of {@code http} jobs is trusted, e.g.
     * local development; it is what {@code --allow-private-http} sets.
     */
    public HttpJobOptions allowPrivateDestinations(boolean allow) {
        this.allowPrivateDestinations = allow;
        return this;
    }

    /** How host names are resolved (default {@link HostResolver#system()}). */
    public HttpJobOptions resolver(HostResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        return this;
    }

    /** The {@code User-Agent} sent unless a job sets its own (default {@value #DEFAULT_USER_AGENT}). */
    public HttpJobOptions userAgent(String userAgent) {
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank() || !HeaderRules.isValidValue(userAgent)) {
            throw new IllegalArgumentException("userAgent must be non-blank printable ASCII, was '" + userAgent + "'");
        }
        this.userAgent = userAgent;
        return this;
    }

    /** The TLS context for {@code https} (default: the JVM's default context and trust store). */
    public HttpJobOptions sslContext(SSLContext sslContext) {
        this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
        return this;
    }

    /** Writes JSON object and array bodies (default {@link JacksonJsonCodec#create()}). */
    public HttpJobOptions json(JsonCodec json) {
        this.json = Objects.requireNonNull(json, "json");
        return this;
    }

    /** The timeout of jobs without {@code timeoutMs}, and the most a job may ask for. */
    public HttpJobOptions timeouts(Duration defaultTimeout, Duration maxTimeout) {
        Objects.requireNonNull(defaultTimeout, "defaultTimeout");
        Objects.requireNonNull(maxTimeout, "maxTimeout");
        if (defaultTimeout.toMillis() < 1 || maxTimeout.compareTo(defaultTimeout) < 0) {
            throw new IllegalArgumentException("timeouts must satisfy 1 ms <= default <= max, were default="
                    + defaultTimeout + ", max=" + maxTimeout);
        }
        this.defaultTimeout = defaultTimeout;
        this.maxTimeout = maxTimeout;
        return this;
    }

    /**
     * How much of a response is read (default 1 MiB; the rest is left unread and the connection
     * closed) and how much of its body is kept in the job's result or error (default 4 KiB).
     */
    public HttpJobOptions responseLimits(int maxResponseBytes, int keptBodyBytes) {
        if (keptBodyBytes < 0 || maxResponseBytes < keptBodyBytes) {
            throw new IllegalArgumentException("response limits must satisfy 0 <= kept <= max, were max="
                    + maxResponseBytes + ", kept=" + keptBodyBytes);
        }
        this.maxResponseBytes = maxResponseBytes;
        this.keptBodyBytes = keptBodyBytes;
        return this;
    }

    public boolean allowPrivateDestinations() {
        return allowPrivateDestinations;
    }

    public HostResolver resolver() {
        return resolver;
    }

    public String userAgent() {
        return userAgent;
    }

    public Duration defaultTimeout() {
        return defaultTimeout;
    }

    public Duration maxTimeout() {
        return maxTimeout;
    }

    public int maxResponseBytes() {
        return maxResponseBytes;
    }

    public int keptBodyBytes() {
        return keptBodyBytes;
    }

    /** The configured TLS context, or null for the JVM default. */
    public SSLContext sslContext() {
        return sslContext;
    }

    /** The configured JSON codec, or null for the default. */
    public JsonCodec json() {
        return json;
    }
}
