package dev.docket.server.http;

import com.sun.net.httpserver.HttpServer;
import dev.docket.web.DocketWeb;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link DocketWeb} served by the JDK's built-in HTTP server. Limits (set unless the operator set
 * them as system properties): 100 request headers of at most 64 KiB together, 30 s to receive a
 * request, 120 s to answer one (a long poll waits at most 60 s), 1000 connections.
 */
public final class JdkServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JdkServer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final JdkHttpAdapter adapter;

    private JdkServer(HttpServer server, ExecutorService executor, JdkHttpAdapter adapter) {
        this.server = server;
        this.executor = executor;
        this.adapter = adapter;
    }

    /** Binds {@code host:port} (port 0 for any free one) and starts answering with {@code web}. */
    public static JdkServer start(String host, int port, DocketWeb web) throws IOException {
        applyLimits();
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 128);
        ExecutorService executor = ServerThreads.executor();
        server.setExecutor(executor);
        JdkHttpAdapter adapter = new JdkHttpAdapter(web);
        server.createContext("/", adapter);
        server.start();
        return new JdkServer(server, executor, adapter);
    }

    /** The port actually bound. */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Answers new requests with 503, lets requests in progress finish for up to {@code grace}, then
     * closes the listener and every connection.
     */
    public void stop(Duration grace) {
        try {
            if (!adapter.drain(grace.toMillis())) {
                log.warn("requests still in progress after {}; closing their connections", grace);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(Duration.ZERO);
    }

    private static void applyLimits() {
        setIfAbsent("sun.net.httpserver.maxReqHeaders", "100");
        setIfAbsent("sun.net.httpserver.maxReqHeaderSize", Integer.toString(64 * 1024));
        setIfAbsent("sun.net.httpserver.maxReqTime", "30");
        setIfAbsent("sun.net.httpserver.maxRspTime", "120");
        setIfAbsent("jdk.httpserver.maxConnections", "1000");
    }

    private static void setIfAbsent(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
