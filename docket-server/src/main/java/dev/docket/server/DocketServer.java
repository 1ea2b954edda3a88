package dev.docket.server;

import dev.docket.Docket;
import dev.docket.DocketBuilder;
import dev.docket.dashboard.DocketDashboard;
import dev.docket.server.http.JdkServer;
import dev.docket.web.DocketWeb;
import dev.docket.web.ops.DocketMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Docket server: the Docket (workers and maintenance for its queues), its HTTP surface
 * (the API, and the dashboard at {@code /}), and the JDK HTTP server. {@link #close()} stops in order: long polls end, the HTTP server stops
 * accepting and lets requests in progress finish, then the Docket stops gracefully (running jobs get
 * the grace period, the rest are handed back).
 */
public final class DocketServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DocketServer.class);
    private static final Duration HTTP_GRACE = Duration.ofSeconds(5);

    private final ServerSettings settings;
    private final Docket docket;
    private final DocketWeb web;
    private final JdkServer http;
    private boolean closed;

    private DocketServer(ServerSettings settings, Docket docket, DocketWeb web, JdkServer http) {
        this.settings = settings;
        this.docket = docket;
        this.web = web;
        this.http = http;
    }

    /**
     * Opens the store, starts the Docket and starts listening.
     *
     * @throws IllegalArgumentException when the settings are refused
     * @throws dev.docket.StoreException when the store cannot be opened
     * @throws UncheckedIOException when the address cannot be bound
     */
    public static DocketServer start(ServerSettings settings) {
        settings.check();
        DocketMetrics metrics = new DocketMetrics();
        DocketBuilder builder = Docket.builder().store(settings.store()).listener(metrics)
                .shutdownGrace(settings.shutdownGrace());
        settings.queues().forEach(builder::queue);
        if (settings.demo()) {
            DemoTypes.register(builder);
        }
        BuiltInTypes.register(builder, settings.allowPrivateHttp());
        settings.customize().accept(builder);
        Docket docket = builder.build();
        DocketWeb web = null;
        try {
            docket.start();
            web = DocketWeb.builder(docket).metrics(metrics).token(settings.token())
                    .maxBodyBytes(settings.maxBodyBytes())
                    .module(DocketDashboard.builder(docket.admin()).build()).build();
            JdkServer http = JdkServer.start(settings.bind(), settings.port(), web);
            return new DocketServer(settings, docket, web, http);
        } catch (IOException e) {
            closeAfterFailedStart(docket, web);
            throw new UncheckedIOException("cannot listen on " + settings.bind() + ":" + settings.port() + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeAfterFailedStart(docket, web);
            throw e;
        }
    }

    private static void closeAfterFailedStart(Docket docket, DocketWeb web) {
        if (web != null) {
            web.close();
        }
        docket.close(Duration.ZERO);
    }

    /** The port the server listens on. */
    public int port() {
        return http.port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:7070}. */
    public String url() {
        return settings.url(http.port());
    }

    /** The Docket this server runs (for embedding and tests). */
    public Docket docket() {
        return docket;
    }

    /** Stops gracefully. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        log.info("stopping: no new requests; running jobs have {} to finish", settings.shutdownGrace());
        web.stopping();
        http.stop(HTTP_GRACE);
        docket.close(settings.shutdownGrace());
        web.close();
        log.info("stopped");
    }
}
