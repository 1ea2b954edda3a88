package dev.docket.web;

import dev.docket.Docket;
import dev.docket.web.api.Api;
import dev.docket.web.ops.DocketMetrics;
import dev.docket.web.ops.HealthProbe;
import dev.docket.web.ops.OpsRoutes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Docket's HTTP surface for one {@link Docket}: the JSON API under {@code /api/v1}, {@code /health},
 * {@code /metrics}, the OpenAPI document and any {@link WebModule}s (the dashboard), behind one
 * {@link #handle} that any HTTP server can call. It caches nothing about the store: every request asks it afresh, so a store that comes back
 * after an outage is served again at once.
 *
 * <pre>{@code
 * DocketMetrics metrics = new DocketMetrics();
 * Docket docket = Docket.builder().listener(metrics)....build().start();
 * DocketWeb web = DocketWeb.builder(docket).metrics(metrics).token(System.getenv("DOCKET_TOKEN")).build();
 * }</pre>
 */
public final class DocketWeb implements AutoCloseable {
    /** The default largest request body, 1 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1 << 20;

    private final Router router;
    private final long maxBodyBytes;
    private final HealthProbe health;
    private final AtomicBoolean stopping = new AtomicBoolean();

    private DocketWeb(Builder b) {
        BearerToken token = b.token == null ? null : BearerToken.of(b.token);
        this.router = new Router(new AccessControl(token, b.loopbackOnly));
        this.maxBodyBytes = b.maxBodyBytes;
        this.health = new HealthProbe(b.docket.admin(), b.healthTimeout);
        new OpsRoutes(b.docket.admin(), health, b.metrics).register(router);
        Api.register(router, b.docket, b.metrics, stopping::get);
        b.modules.forEach(m -> m.register(router, token));
    }

    /** A builder for serving {@code docket}. */
    public static Builder builder(Docket docket) {
        return new Builder(docket);
    }

    /** Answers one request; never throws. */
    public WebResponse handle(WebRequest request) {
        return router.handle(request);
    }

    /** The largest request body adapters may read; larger ones get 413 without being read. */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** Every route, with its auth policy. */
    public List<Route> routes() {
        return router.routes();
    }

    /** Ends long polls early: call it before stopping the HTTP server. Idempotent. */
    public void stopping() {
        stopping.set(true);
    }

    @Override
    public void close() {
        stopping();
        health.close();
    }

    /** Settings of a {@link DocketWeb}. */
    public static final class Builder {
        private final Docket docket;
        private String token;
        private boolean loopbackOnly = true;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private DocketMetrics metrics = new DocketMetrics();
        private Duration healthTimeout = Duration.ofSeconds(2);
        private final List<WebModule> modules = new ArrayList<>();

        private Builder(Docket docket) {
            this.docket = Objects.requireNonNull(docket, "docket");
        }

        /** Requires {@code Authorization: Bearer TOKEN} on every route but {@code /health}; {@code null} for none. */
        public Builder token(String token) {
            if (token != null) {
                BearerToken.of(token);
            }
            this.token = token;
            return this;
        }

        /**
         * Without a token, answer only requests addressed to a loopback host and from loopback
         * origins (default true; turn off only behind a proxy that authenticates).
         */
        public Builder loopbackOnly(boolean loopbackOnly) {
            this.loopbackOnly = loopbackOnly;
            return this;
        }

        /** The largest request body (default 1 MiB). */
        public Builder maxBodyBytes(long bytes) {
            if (bytes < 1024 || bytes > 256L << 20) {
                throw new IllegalArgumentException("maxBodyBytes must be 1 KiB to 256 MiB, was " + bytes);
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /** The metrics the Docket was built with as a listener (else counters stay at zero). */
        public Builder metrics(DocketMetrics metrics) {
            this.metrics = Objects.requireNonNull(metrics, "metrics");
            return this;
        }

        /** How long {@code /health} waits for the store (default 2 s). */
        public Builder healthTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("healthTimeout must be positive, was " + timeout);
            }
            this.healthTimeout = timeout;
            return this;
        }

        /** Adds a module's routes (the dashboard) behind the same router and access control. */
        public Builder module(WebModule module) {
            modules.add(Objects.requireNonNull(module, "module"));
            return this;
        }

        public DocketWeb build() {
            return new DocketWeb(this);
        }
    }
}
